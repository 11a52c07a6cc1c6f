/**
 * What every feature stands on: the embedded Neo4j and its migrations, security and
 * roles, GraphQL limits and errors, the command-line verbs.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package ru.horizon.system;
