#pragma once

#include <QString>
#include <QVariant>

#include <optional>

namespace fd::sql {

// How FrontDesk binds and reads the values that mean "not set", the same on SQLite and PostgreSQL:
// an absent instant or reference is a typed NULL; text columns are NOT NULL and store "" instead.

inline QVariant instant(const std::optional<qint64>& ms)
{
    return ms ? QVariant(*ms) : QVariant(QMetaType(QMetaType::LongLong));
}

inline std::optional<qint64> instantFrom(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

// 0 is "no record": a NULL foreign key.
inline QVariant idOrNull(qint64 id)
{
    return id == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(id);
}

// A null QString would bind NULL into a NOT NULL text column.
inline QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

} // namespace fd::sql
