/** Reading and checking configuration values, naming the key of a bad one. */
package org.auscult.training.config;
