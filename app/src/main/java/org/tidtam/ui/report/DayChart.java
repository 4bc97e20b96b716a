package org.tidtam.ui.report;

import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.tidtam.report.DayCount;
import org.tidtam.report.ReportText;
import org.tidtam.report.WeeklySummary;

/** The week's bars: letters received and deadlines due on each day, Monday first. */
final class DayChart {
    private DayChart() { }

    static BarChart<String, Number> of(WeeklySummary s, ReportText text) {
        CategoryAxis days = new CategoryAxis();
        NumberAxis counts = new NumberAxis();
        counts.setMinorTickVisible(false);
        counts.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) { // counts are whole: no 2.5 on the axis
                return n.doubleValue() == Math.rint(n.doubleValue()) ? String.valueOf(n.intValue()) : "";
            }

            @Override
            public Number fromString(String s) { return Integer.valueOf(s); }
        });
        BarChart<String, Number> chart = new BarChart<>(days, counts);
        chart.setId("dayChart");
        chart.setTitle(text.get("chart.title"));
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setCategoryGap(14);
        XYChart.Series<String, Number> received = new XYChart.Series<>();
        received.setName(text.get("col.received"));
        XYChart.Series<String, Number> due = new XYChart.Series<>();
        due.setName(text.get("col.due"));
        for (DayCount d : s.perDay()) {
            received.getData().add(new XYChart.Data<>(text.dayLabel(d.day()), d.received()));
            due.getData().add(new XYChart.Data<>(text.dayLabel(d.day()), d.due()));
        }
        chart.getData().add(received);
        chart.getData().add(due);
        chart.setPrefSize(460, 280);
        chart.setMinHeight(260);
        return chart;
    }
}
