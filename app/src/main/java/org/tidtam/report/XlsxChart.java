package org.tidtam.report;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** A clustered column chart over a table already written on the sheet, so it stays live if cells change. */
final class XlsxChart {
    private static final PresetColor[] COLORS = {PresetColor.STEEL_BLUE, PresetColor.DARK_ORANGE,
        PresetColor.SEA_GREEN};

    private XlsxChart() { }

    /**
     * @param headerRow the table's heading row; data rows are firstRow..endRow−1
     * @param atColumn  the first column of the chart's frame
     */
    static void add(XSSFSheet sheet, String title, Table table, int headerRow, int firstRow, int endRow,
                    int atColumn) {
        if (endRow <= firstRow) {
            return;
        }
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, atColumn, 2, atColumn + 9, 22);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        XDDFChartLegend legend = chart.getOrAddLegend();
        legend.setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis days = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis counts = chart.createValueAxis(AxisPosition.LEFT);
        counts.setCrosses(AxisCrosses.AUTO_ZERO);
        counts.setCrossBetween(AxisCrossBetween.BETWEEN);
        counts.setMajorUnit(1);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, days, counts);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(firstRow, endRow - 1, 0, 0));
        for (int c = 1; c < table.columns().size(); c++) {
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(firstRow, endRow - 1, c, c));
            XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(categories, values);
            series.setTitle(table.columns().get(c).heading(),
                    new CellReference(sheet.getSheetName(), headerRow, c, true, true));
            // without an explicit fill LibreOffice draws the bars invisible
            series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(COLORS[(c - 1) % COLORS.length])));
        }
        chart.plot(data);
    }
}
