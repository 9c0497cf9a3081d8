package org.dramatis.ingest;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.ToXMLContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.jsoup.Jsoup;
import org.xml.sax.SAXException;

/**
 * PDF, DOCX and other office documents through Tika's {@link AutoDetectParser}. Tika's XHTML is rendered
 * with {@link BlockText} so paragraphs come out separated by blank lines, as for HTML pages.
 * The parser is stateless and shared; everything per call is created here.
 */
final class TikaReader {

    private final AutoDetectParser parser;
    private final int writeLimit;

    TikaReader(AutoDetectParser parser, int writeLimit) {
        this.parser = parser;
        this.writeLimit = writeLimit;
    }

    Extracted read(byte[] bytes, Path file, String name, String mediaType) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        // the reader already detected the type; detecting again costs time and opens containers twice
        metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, mediaType);
        // the whole XHTML (not BodyContentHandler, which drops the namespace declaration ToXML needs)
        ToXMLContentHandler xhtml = new ToXMLContentHandler();
        WriteOutContentHandler body = new WriteOutContentHandler(xhtml, writeLimit);
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            parser.parse(in, body, metadata, new ParseContext());
        } catch (EncryptedDocumentException e) {
            throw new RejectedInput(file, RejectedInput.Reason.ENCRYPTED,
                    "encrypted or password-protected (" + mediaType + ")", e);
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new RejectedInput(file, RejectedInput.Reason.TOO_LARGE,
                        "too much text (more than " + writeLimit + " characters extracted)", e);
            }
            throw corrupted(file, mediaType, e);
        } catch (TikaException | IOException | RuntimeException e) {
            if (hasCause(e, EncryptedDocumentException.class)) {
                throw new RejectedInput(file, RejectedInput.Reason.ENCRYPTED,
                        "encrypted or password-protected (" + mediaType + ")", e);
            }
            throw corrupted(file, mediaType, e);
        }
        String text = BlockText.of(Jsoup.parse(xhtml.toString()).body());
        String created = metadata.get(TikaCoreProperties.CREATED);
        return new Extracted(name, metadata.get(TikaCoreProperties.TITLE), null, null,
                PublishedDates.parse(created), text);
    }

    private static RejectedInput corrupted(Path file, String mediaType, Exception e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new RejectedInput(file, RejectedInput.Reason.CORRUPTED,
                "cannot parse " + mediaType + " (" + detail.replaceAll("\\s+", " ").strip() + ")", e);
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
