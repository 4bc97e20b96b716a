package org.tidtam.report;

/** A column of a report table: its heading and what kind of values it holds (for width and alignment). */
public record Column(String heading, Kind kind) {
    /** TEXT is short text; WIDE_TEXT (subjects, senders) wraps within a capped width. */
    public enum Kind { TEXT, WIDE_TEXT, DATE, NUMBER }

    public Column {
        heading = heading == null ? "" : heading;
        kind = kind == null ? Kind.TEXT : kind;
    }

    public static Column text(String heading) { return new Column(heading, Kind.TEXT); }

    public static Column wide(String heading) { return new Column(heading, Kind.WIDE_TEXT); }

    public static Column date(String heading) { return new Column(heading, Kind.DATE); }

    public static Column number(String heading) { return new Column(heading, Kind.NUMBER); }
}
