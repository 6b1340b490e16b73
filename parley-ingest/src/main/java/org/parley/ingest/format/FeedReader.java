package org.parley.ingest.format;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.parley.model.Article;
import org.parley.model.Outcome;
import org.parley.model.StageException;

/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds, streamed with StAX: each item or entry is an article named
 * {@code feed.xml#n}; the channel title is the outlet. DTDs and external entities are not read (no XXE).
 * A feed that is not XML, or not a feed, is one problem; a feed cut short keeps the items before the damage.
 */
public final class FeedReader implements FormatReader {
    private static final Set<String> ROOTS = Set.of("rss", "feed", "rdf");
    private final ArticleMaker maker;

    public FeedReader(ArticleMaker maker) {
        this.maker = maker;
    }

    @Override
    public Stream<Outcome<Article>> read(Input in) {
        return LazyRecords.stream(() -> open(in));
    }

    private Cursor open(Input in) {
        Documents.Opened opened = Documents.openStreamed(in, true);
        BufferedInputStream stream = opened.stream();
        // The JDK's own factory: no service lookup on the class path for every file, and known secure settings.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        try {
            Charset cs = charset(stream);
            return new Items(in, opened, factory.createXMLStreamReader(new InputStreamReader(stream, cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))), cs);
        } catch (IOException e) {
            Documents.closeQuietly(stream);
            throw Problems.io(in.source(), e);
        } catch (XMLStreamException e) {
            Documents.closeQuietly(stream);
            throw notXml(in.source(), e);
        }
    }

    /**
     * The feed's charset: configured, else byte-order mark, else the XML declaration, else UTF-8. The feed is
     * decoded by us, strictly: bad bytes then surface as a read error of ours, instead of the JDK parser printing
     * "[Fatal Error]" lines to stderr.
     */
    private Charset charset(BufferedInputStream stream) throws IOException {
        stream.mark(Bytes.HEAD);
        byte[] head = stream.readNBytes(Bytes.HEAD);
        stream.reset();
        Optional<CharsetDetector.Bom> bom = CharsetDetector.bom(head);
        if (bom.isPresent()) stream.skipNBytes(bom.get().length());
        return maker.config().charset().or(() -> bom.map(CharsetDetector.Bom::charset)).or(() -> CharsetDetector.declaredInXml(head))
                .orElse(StandardCharsets.UTF_8);
    }

    private static boolean badBytes(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) return true;
            if (t instanceof XMLStreamException x && x.getNestedException() instanceof CharacterCodingException) return true;
        }
        return false;
    }

    private static StageException notXml(String source, XMLStreamException e) {
        return Problems.read(source, "is not XML: " + message(e), "give an RSS 2.0 or Atom feed (.rss, .atom, .xml), or rename the file after its real format");
    }

    private static String message(XMLStreamException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int i = m.indexOf("Message: ");
        return (i >= 0 ? m.substring(i + 9) : m).strip();
    }

    private final class Items implements Cursor {
        private final Input input;
        private final Documents.Opened opened;
        private final XMLStreamReader xml;
        private final Deque<String> path = new ArrayDeque<>();
        private final Charset charset;
        private String outlet = "";
        private boolean rootSeen;
        private boolean ended;
        private int count;

        Items(Input input, Documents.Opened opened, XMLStreamReader xml, Charset charset) {
            this.input = input;
            this.charset = charset;
            this.opened = opened;
            this.xml = xml;
        }

        @Override
        public Outcome<Article> next() {
            if (ended) return null;
            try {
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.END_ELEMENT) {
                        path.pop();
                        continue;
                    }
                    if (event != XMLStreamConstants.START_ELEMENT) continue;
                    String name = xml.getLocalName().toLowerCase(Locale.ROOT);
                    if (!rootSeen) {
                        rootSeen = true;
                        if (!ROOTS.contains(name)) {
                            return end(Problems.failed(input.source(), "is XML but not an RSS or Atom feed (root element <" + xml.getLocalName() + ">)",
                                    "give an RSS 2.0 or Atom feed, or rename the file after its real format"));
                        }
                    }
                    if (name.equals("item") || name.equals("entry")) {
                        count++;
                        return item();
                    }
                    String parent = path.isEmpty() ? "" : path.peek();
                    if (name.equals("title") && outlet.isEmpty() && (parent.equals("channel") || parent.equals("feed"))) {
                        outlet = FeedItem.asText(xml.getElementText());
                        continue;
                    }
                    path.push(name);
                }
                ended = true;
                Optional<Outcome<Article>> damage = opened.damage(input.source(), "after item " + count);
                if (damage.isPresent()) return damage.get();
                // A feed with no item at all is said, not passed over in silence: the user asked to read it.
                if (count == 0) {
                    return Problems.failed(input.source(), "is a feed with no <item> or <entry>",
                            "nothing to read in it; check that this is the whole feed");
                }
                return null;
            } catch (XMLStreamException e) {
                Optional<Outcome<Article>> damage = opened.damage(input.source(), "after item " + count);
                if (damage.isPresent()) return end(damage.get());
                if (badBytes(e)) {
                    Location at = e.getLocation();
                    String line = at == null ? "" : " near line " + at.getLineNumber();
                    return end(Problems.failed(at == null ? input.source() : input.source() + ":" + at.getLineNumber(),
                            "not valid " + charset.name() + line + " (after " + count + " item(s))",
                            "re-save the feed as UTF-8, declare its encoding in <?xml ... encoding=\"...\"?>, or pass --charset"));
                }
                if (!rootSeen) return end(Outcome.failed(notXml(input.source(), e).problem()));
                Location at = e.getLocation();
                String where = at == null ? input.source() : input.source() + ":" + at.getLineNumber();
                return end(Problems.failed(where, "feed is damaged or cut short after %d item(s): %s".formatted(count, message(e)),
                        "the items before this point were read; fetch the feed again to get the rest"));
            }
        }

        private Outcome<Article> item() throws XMLStreamException {
            String where = input.source() + "#" + count;
            FeedItem item = new FeedItem();
            if (!FeedXml.readItem(xml, item, maker.config().maxRecordBytes())) {
                return Problems.failed(where, "feed item is over the %s record limit".formatted(Problems.bytes(maker.config().maxRecordBytes())),
                        "raise IngestConfig.maxRecordBytes to read it");
            }
            try {
                return maker.make(item.draft(input.name() + "#" + count, where, outlet));
            } catch (StageException e) {
                return Outcome.failed(e.problem());
            }
        }

        private Outcome<Article> end(Outcome<Article> last) {
            ended = true;
            return last;
        }

        @Override
        public void close() throws IOException {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // closing the reader only releases it; the stream is closed next
            }
            opened.stream().close();
        }
    }
}
