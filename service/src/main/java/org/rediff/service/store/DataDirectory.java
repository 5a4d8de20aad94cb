package org.rediff.service.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.rediff.core.common.InvalidInputException;

/**
 * The data directory and who owns it. One process at a time holds an exclusive lock on {@code rediff.lock} in the
 * directory: the server for as long as it runs (it writes its URL into the file once it listens), or a CLI command
 * for the time of its change. A CLI command that finds the lock held sends its change to the server at the written
 * URL instead of opening the database, so there is one door to the data and no database port.
 *
 * <p>The directory is created readable by its owner only (rwx------), since it holds clinical data.
 */
public final class DataDirectory {
    static final String LOCK_FILE = "rediff.lock";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private DataDirectory() {
    }

    /** Creates the directory owner-only if it is missing, and returns its absolute, normalised path. */
    public static Path prepare(Path dir) {
        final Path abs = dir.toAbsolutePath().normalize();
        try {
            if (!Files.isDirectory(abs)) {
                if (posix()) {
                    Files.createDirectories(abs, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                    Files.setPosixFilePermissions(abs, OWNER_ONLY); // the umask may have narrowed nothing, or more
                } else {
                    Files.createDirectories(abs);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + abs + ": " + e.getMessage(), e);
        }
        return abs;
    }

    /** Takes the lock if no other process holds it. */
    public static Optional<Lock> tryLock(Path dir) {
        final Path abs = prepare(dir);
        final Path file = abs.resolve(LOCK_FILE);
        try {
            final FileChannel channel = FileChannel.open(file, EnumSet.of(StandardOpenOption.CREATE,
                    StandardOpenOption.READ, StandardOpenOption.WRITE));
            final FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                channel.close();
                return Optional.empty(); // held by this very process (e.g. a server started in a test)
            }
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            channel.truncate(0);
            return Optional.of(new Lock(abs, channel, lock));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + file + ": " + e.getMessage(), e);
        }
    }

    /** Takes the lock or fails with a message that says who holds it. */
    public static Lock lock(Path dir) {
        return tryLock(dir).orElseThrow(() -> new InvalidInputException("data directory " + prepare(dir)
                + " is in use by another rediff process" + serverUrl(dir).map(u -> " (a server at " + u + ")")
                .orElse("") + "; stop it or choose another data directory"));
    }

    /** The URL a running server wrote into the lock file, if the lock is held and the URL written. */
    public static Optional<URI> serverUrl(Path dir) {
        final Path file = prepare(dir).resolve(LOCK_FILE);
        try {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            final String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return text.startsWith("http://") || text.startsWith("https://") ? Optional.of(URI.create(text))
                    : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** The held lock; {@link #close()} releases it (and the process ending does too). */
    public static final class Lock implements AutoCloseable {
        private final Path dir;
        private final FileChannel channel;
        private final FileLock lock;

        private Lock(Path dir, FileChannel channel, FileLock lock) {
            this.dir = dir;
            this.channel = channel;
            this.lock = lock;
        }

        public Path directory() {
            return dir;
        }

        /** Writes the URL the server listens on, for CLI commands to find it. */
        public void publish(URI serverUrl) {
            try {
                channel.truncate(0);
                channel.write(ByteBuffer.wrap((serverUrl + "\n").getBytes(StandardCharsets.UTF_8)), 0);
                channel.force(true);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the server URL into " + dir.resolve(LOCK_FILE), e);
            }
        }

        @Override
        public void close() {
            try {
                if (channel.isOpen()) {
                    channel.truncate(0);
                }
                lock.release();
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
