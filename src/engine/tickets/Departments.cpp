#include "engine/tickets/Departments.h"

#include "storage/Database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

struct Seeded
{
    const char16_t* key;
    const char* name;          // the source text, shown translated
    QList<const char16_t*> zh; // the Chinese texts the desk typed or a Chinese screen saved
};

const QList<Seeded>& seeded()
{
    static const QList<Seeded> all{
        {u"engineering", QT_TRANSLATE_NOOP("RepairDisplay", "Engineering"), {u"工程部"}},
        {u"cleaning", QT_TRANSLATE_NOOP("RepairDisplay", "Cleaning"), {u"保洁部", u"保洁"}},
        {u"landscaping", QT_TRANSLATE_NOOP("RepairDisplay", "Landscaping"), {u"绿化部"}},
        {u"security", QT_TRANSLATE_NOOP("RepairDisplay", "Security"), {u"秩序维护部", u"保安部"}},
    };
    return all;
}

const Seeded* seededByKey(const QString& key)
{
    for (const Seeded& s : seeded())
        if (key == QStringView(s.key))
            return &s;
    return nullptr;
}

} // namespace

Departments::Departments(Database& db) : m_db(db) {}

Result<QList<Department>> Departments::list(bool withInactive) const
{
    auto q = m_db.exec(u"SELECT id, key, name, position, active FROM departments"_s +
                           (withInactive ? QString() : u" WHERE active = ?"_s) + u" ORDER BY position, id"_s,
                       withInactive ? QVariantList{} : QVariantList{true});
    if (!q)
        return q.error();
    QList<Department> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        out.append({r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(), r.value(3).toInt(),
                    r.value(4).toBool()});
    }
    return out;
}

QString Departments::displayName(const QString& key)
{
    if (const Seeded* s = seededByKey(key))
        return QCoreApplication::translate("RepairDisplay", s->name);
    return key;
}

bool Departments::isSeeded(const QString& key)
{
    return seededByKey(key) != nullptr;
}

QString Departments::keyFor(const QString& text)
{
    const QString t = text.trimmed();
    for (const Seeded& s : seeded()) {
        if (t == QStringView(s.key) || t.compare(QLatin1String(s.name), Qt::CaseInsensitive) == 0 ||
            t == QCoreApplication::translate("RepairDisplay", s.name))
            return QString::fromUtf16(s.key);
        for (const char16_t* zh : s.zh)
            if (t == QStringView(zh))
                return QString::fromUtf16(s.key);
    }
    return t;
}

} // namespace fd
