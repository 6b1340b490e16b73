package org.parley.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Lists the input files under paths of any Hadoop file system (file:, hdfs:, s3a: …), recursively, in sorted
 * order, skipping hidden files and folders ({@code .name}, and Hadoop's {@code _name} such as {@code _SUCCESS}), as
 * {@code ArticleReader} does for a local folder. Only paths travel to the driver, never contents.
 */
public final class InputLister {
    private InputLister() {
    }

    /** The fully qualified files under {@code inputs}; throws {@link IllegalArgumentException} for a missing input. */
    public static List<String> list(List<String> inputs, Configuration conf) {
        TreeSet<String> files = new TreeSet<>();
        for (String input : inputs) {
            Path root = new Path(input);
            try {
                FileSystem fs = root.getFileSystem(conf);
                FileStatus status = fs.getFileStatus(root);
                Path qualified = status.getPath();
                if (status.isFile()) {
                    files.add(qualified.toString());
                    continue;
                }
                RemoteIterator<LocatedFileStatus> it = fs.listFiles(qualified, true);
                while (it.hasNext()) {
                    Path p = it.next().getPath();
                    if (!hidden(qualified, p)) files.add(p.toString());
                }
            } catch (FileNotFoundException e) {
                throw new IllegalArgumentException("input " + input + " does not exist; give a file or folder of "
                        + "articles (txt, html, jsonl, json, rss/atom, warc)", e);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list input " + input + ": " + e.getMessage(), e);
            }
        }
        return new ArrayList<>(files);
    }

    /** Whether {@code file} or a folder between {@code root} and it is hidden. */
    static boolean hidden(Path root, Path file) {
        int rootDepth = root.depth();
        for (Path p = file; p != null && p.depth() > rootDepth; p = p.getParent()) {
            String name = p.getName();
            if (name.startsWith(".") || name.startsWith("_")) return true;
        }
        return false;
    }
}
