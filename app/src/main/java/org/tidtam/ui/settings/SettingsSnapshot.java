package org.tidtam.ui.settings;

import java.util.List;
import org.tidtam.letter.Officer;
import org.tidtam.letter.Unit;
import org.tidtam.remind.ReminderPolicy;

/**
 * The stored settings, read together off the FX thread when the window opens.
 *
 * @param policyProblem why the stored reminder policy could not be read (the defaults are shown), or null
 */
record SettingsSnapshot(List<Unit> units, List<Officer> officers, ReminderPolicy policy, String policyProblem,
                        boolean keepClassifiedContent, boolean showClassifiedSubjects) { }
