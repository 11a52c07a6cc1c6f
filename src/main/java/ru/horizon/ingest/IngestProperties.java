package ru.horizon.ingest;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of import, export and the demo city.
 *
 * @param batchSize rows per {@code UNWIND} statement
 * @param maxRowsPerTransaction an import of at most this many rows is ONE transaction
 * (all or nothing, even if the process is killed); a larger one commits every this many
 * rows and can be re-run to the same end state
 * @param transactionTimeout the longest an import transaction may run
 * @param maxUploadSize the largest body {@code POST /api/import} takes
 */
@ConfigurationProperties("horizon.import")
public record IngestProperties(@DefaultValue("5000") int batchSize,
		@DefaultValue("2000000") long maxRowsPerTransaction, @DefaultValue("30m") Duration transactionTimeout,
		@DefaultValue("200MB") org.springframework.util.unit.DataSize maxUploadSize) {
}
