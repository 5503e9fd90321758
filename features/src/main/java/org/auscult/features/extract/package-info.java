/**
 * One clip from WAV bytes to its features (baseline log-mel and gwrp vector), with every check that
 * makes a clip bad (unreadable, wrong rate, not mono, too short, not finite) named in one place.
 */
package org.auscult.features.extract;
