#pragma once

#include "TeamDatabase.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Sets up or updates a shared team history: runs the SQL files of resources/sql/team-history/
// that the database has not had yet, each in one transaction, as an account that may create
// tables and roles. Desks never do this themselves.
class TeamHistorySetup
{
    Q_DECLARE_TR_FUNCTIONS(TeamHistorySetup)

public:
    // The schema files, in order: ":/sql/team-history/001-schema.sql" …
    static QStringList files();
    // The version a file brings the schema to: its leading number.
    static int versionOf(const QString &file);

    // Runs what `admin`'s database lacks. True when the schema is at the newest version after it;
    // `report` gets one translated line per step (or why it failed).
    static bool run(const TeamDatabase &admin, QStringList *report);
};
