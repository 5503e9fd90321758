/** What every stage main shares: common options, the exit-code contract, progress lines. */
package org.auscult.jobs.cli;
