/**
 * How the window's JVM is started. A plain {@code java -jar tidtam.jar} starts the window in a second JVM
 * with options chosen for a desktop app on an ordinary office PC (see docs/decisions/0018); no JavaFX here.
 */
package org.tidtam.launch;
