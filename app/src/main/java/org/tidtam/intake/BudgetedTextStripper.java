package org.tidtam.intake;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A text stripper that checks the time budget at every content-stream operator, so even a single
 * page with millions of drawing operations cannot hold the reader past its budget.
 */
final class BudgetedTextStripper extends PDFTextStripper {
    private final TimeBudget budget;

    BudgetedTextStripper(TimeBudget budget) {
        this.budget = budget;
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        budget.check();
        super.processOperator(operator, operands);
    }
}
