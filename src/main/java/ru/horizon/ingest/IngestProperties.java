package ru.horizon.ingest;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of import, export and the demo city.
 *
 * @param batchSize rows per {@code UNWIND} statement
 * @param maxRowsPerTransaction an import of at most this many rows is ONE transaction
 * (all or nothing, even if the process is killed); a larger one commits every this many
 * rows and can be re-run to the same end state
 * @param rowsPerCommit rows per transaction of an import larger than
 * {@code maxRowsPerTransaction} (a transaction's state lives in the heap)
 * @param transactionTimeout the longest an import transaction may run
 * @param maxUploadSize the largest body {@code POST /api/import} takes (checked from
 * {@code Content-Length} before the body is read, and again while it is streamed to disk)
 * @param maxArchiveEntries entries of an uploaded zip or workbook
 * @param maxUncompressedSize bytes of an upload's files once uncompressed
 * @param maxCompressionRatio the largest uncompressed/compressed ratio of an archive
 * entry (over 1 MiB): a zip bomb is refused as soon as it crosses it
 * @param maxSheets sheets of an uploaded workbook
 * @param maxRows rows of an upload (all files and sheets)
 * @param maxCells cells of an upload (all files and sheets)
 * @param pathMaxRows rows of an import from the command line (an administrator's own
 * files; a nation of about 1.1 million teachers is 12 million rows)
 * @param pathMaxCells cells of an import from the command line
 * @param directWrite write an import into an empty database that runs in this JVM (the
 * embedded one) through Neo4j's Java API instead of Cypher: the same graph, several times
 * faster; off, every import goes through Cypher
 * @param bulkFrom an {@code import} from the command line into a data directory that
 * holds no database yet, of at least this much input (a folder's files, or a zip's or
 * workbook's entries uncompressed), is written as {@code bulk-import} writes it: by
 * Neo4j's bulk importer, then the database is started once to build its constraints and
 * indexes; a smaller one (the bulk importer's fixed cost, ~5 s, outweighs it) goes into
 * the new database through {@code directWrite}
 */
@ConfigurationProperties("horizon.import")
public record IngestProperties(@DefaultValue("5000") int batchSize, @DefaultValue("2000000") long maxRowsPerTransaction,
		@DefaultValue("100000") long rowsPerCommit, @DefaultValue("30m") Duration transactionTimeout,
		@DefaultValue("200MB") DataSize maxUploadSize, @DefaultValue("200") int maxArchiveEntries,
		@DefaultValue("256MB") DataSize maxUncompressedSize, @DefaultValue("100") int maxCompressionRatio,
		@DefaultValue("50") int maxSheets, @DefaultValue("2000000") long maxRows,
		@DefaultValue("20000000") long maxCells, @DefaultValue("30000000") long pathMaxRows,
		@DefaultValue("300000000") long pathMaxCells, @DefaultValue("true") boolean directWrite,
		@DefaultValue("16MB") DataSize bulkFrom) {
}
