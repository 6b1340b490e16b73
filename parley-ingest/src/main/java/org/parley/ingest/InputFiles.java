package org.parley.ingest;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.parley.ingest.format.Problems;
import org.parley.model.Problem;

/**
 * The files under a folder, recursively, in sorted order, without hidden files and folders (names starting with
 * a dot, or marked hidden). Folders that cannot be listed become problems. Holds paths only, never contents.
 */
record InputFiles(List<Path> files, List<Problem> problems) {
    InputFiles {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    static InputFiles under(Path root) {
        List<Path> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (hidden(file)) return FileVisitResult.CONTINUE;
                    if (attrs.isRegularFile()) {
                        files.add(file);
                    } else if (attrs.isSymbolicLink()) {
                        // links are followed, so a link seen as a link points nowhere
                        problems.add(new Problem(file.toString(), Problems.READ, "is a link to a file that does not exist",
                                "fix or remove the link"));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (hidden(file)) return FileVisitResult.CONTINUE;
                    problems.add(e instanceof FileSystemLoopException
                            ? new Problem(file.toString(), Problems.READ, "symbolic link loops back to a folder above it; skipped", "remove the link")
                            : Problems.io(file.toString(), e).problem());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(Problems.io(root.toString(), e).problem());
        }
        files.sort(null);
        return new InputFiles(files, problems);
    }

    static boolean hidden(Path p) {
        Path name = p.getFileName();
        if (name != null && name.toString().startsWith(".")) return true;
        try {
            return Files.isHidden(p);
        } catch (IOException e) {
            return false;
        }
    }
}
