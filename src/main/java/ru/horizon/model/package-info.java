/**
 * The graph on day d: the definitions of model.md (teacher exists, main organization, in
 * scope, experience, new and young, active pair, mentored, external pair, active
 * membership, the look-back window, learning ties), each written once and composed into
 * every feature's queries ({@link ru.horizon.model.Definitions},
 * {@link ru.horizon.model.LearningTies}, {@link ru.horizon.model.Window},
 * {@link ru.horizon.model.ExperienceRules}).
 */
package ru.horizon.model;
