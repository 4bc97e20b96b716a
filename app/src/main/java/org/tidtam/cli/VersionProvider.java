package org.tidtam.cli;

import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = TidtamCommand.class.getPackage().getImplementationVersion();
        return new String[] {"Tidtam " + (v == null ? "development build" : v)};
    }
}
