package org.tidtam.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NetworkFileSystemsTest {
    @TempDir Path dir;

    @ParameterizedTest
    @CsvSource({"nfs,true", "NFS4,true", "cifs,true", "smb2,true", "fuse.sshfs,true",
            "ext4,false", "NTFS,false", "tmpfs,false", "apfs,false", "xfs,false"})
    void knowsNetworkFilesystemTypes(String type, boolean network) {
        assertThat(NetworkFileSystems.isNetworkType(type)).isEqualTo(network);
    }

    @Test
    void aLocalTempFolderIsLocalAndGetsWal() {
        assertThat(NetworkFileSystems.isNetwork(dir.resolve("not-yet/tidtam.db"))).isFalse();
        assertThat(NetworkFileSystems.journalModeFor(dir.resolve("tidtam.db"))).isEqualTo("WAL");
    }
}
