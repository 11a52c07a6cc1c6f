/**
 * Analysts: the read-only Cypher endpoint beside the notebooks of
 * {@code cypher/notebooks}.
 */
package ru.horizon.notebook;
