/**
 * How stages publish outputs: written under a temporary sibling, then swapped in whole with a
 * manifest and a {@code _SUCCESS} marker written last, so readers never see half an output; and
 * ND4J arrays as bytes for files and Kryo ({@code DenseArrays}).
 */
package org.auscult.jobs.io;
