#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace fd {

class Database;

struct Department
{
    qint64 id = 0;
    QString key; // what tickets store: 'engineering' for a seeded one, the name it was added under otherwise
    QString name;
    int position = 0;
    bool active = true;
};

// The departments work is dispatched to (table `departments`, schema 18), stored on tickets by a
// stable key, never by the text a screen showed in its language (the same department was saved as
// 工程部 or as Engineering and the per-department queues split). A seeded department shows its name
// in the screen's language; a department the site added shows the name it was added under, which is
// also its key (a key never changes, so a department is not renamed: it is switched off and another
// added). Text from before the keys, or typed freely, shows as it is.
class Departments
{
    Q_DECLARE_TR_FUNCTIONS(Departments)

public:
    explicit Departments(Database& db);

    // The departments by position; switched-off ones only when asked.
    [[nodiscard]] Result<QList<Department>> list(bool withInactive = false) const;

    // What a stored department is shown as.
    [[nodiscard]] static QString displayName(const QString& key);
    // The key a department given as text stands for: a key as it is; a seeded department's name in
    // Chinese or English (or the screen's language) → its key; anything else trimmed.
    [[nodiscard]] static QString keyFor(const QString& text);
    [[nodiscard]] static bool isSeeded(const QString& key);

private:
    Database& m_db;
};

} // namespace fd
