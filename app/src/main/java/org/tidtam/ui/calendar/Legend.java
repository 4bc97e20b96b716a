package org.tidtam.ui.calendar;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import org.tidtam.i18n.Messages;
import org.tidtam.letter.DeadlineKind;
import org.tidtam.letter.Urgency;

/** The key to the sheet's colours: one swatch per kind, the urgency bars, overdue, holiday and today. */
final class Legend {
    private Legend() { }

    static Node build(Messages m) {
        FlowPane pane = new FlowPane(10, 4);
        pane.setId("calendarLegend");
        pane.getStyleClass().add("cal-legend");
        pane.getChildren().add(new Label(m.get("calendar.legend")));
        for (DeadlineKind k : DeadlineKind.values()) {
            pane.getChildren().add(swatch(m.get("remind.kind." + k.name()), "cal-item", "cal-kind-" + k.name()));
        }
        for (Urgency u : List.of(Urgency.URGENT, Urgency.VERY_URGENT, Urgency.MOST_URGENT)) {
            pane.getChildren().add(swatch(m.get("calendar.legend." + u.name()), "cal-item", "cal-kind-OTHER",
                    "cal-urgency-" + u.name()));
        }
        pane.getChildren().addAll(swatch(m.get("calendar.legend.overdue"), "cal-item", "cal-kind-OTHER", "cal-overdue"),
                swatch(m.get("calendar.legend.holiday"), "cal-swatch", "cal-holiday"),
                swatch(m.get("calendar.legend.today"), "cal-swatch", "cal-today"));
        return pane;
    }

    private static Label swatch(String text, String... classes) {
        Label l = new Label(text);
        l.getStyleClass().addAll(classes);
        return l;
    }
}
