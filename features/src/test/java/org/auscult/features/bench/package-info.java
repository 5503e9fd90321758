/**
 * JMH benchmarks of the features module; run them with {@code submit/bench/logmel-kernel.sh}, never
 * from the unit tests (the tests assert results, not speed).
 */
package org.auscult.features.bench;
