#pragma once

#include <QCoreApplication>
#include <QLatin1StringView>
#include <QList>
#include <QString>

#include <array>
#include <cstddef>
#include <optional>

namespace fd {

// One row of an EnumTable: a value, the key it is stored under and the English name it is shown as.
template <typename E> struct EnumRow
{
    E value{};
    // Latin-1. An empty (or null) key reads as a null QString, as a `return QString();` did.
    const char* key = nullptr;
    // QT_TRANSLATE_NOOP(context, "…") with the table's context, so lupdate finds it where tr() did;
    // null when the value has no name of its own.
    const char* name = nullptr;
};

// An enum's stored keys and display names as one table, instead of a switch for each direction:
//
//   constexpr auto kKinds = enumTable<TicketKind>("TicketTerms", {
//       {TicketKind::Repair, "repair", QT_TRANSLATE_NOOP("TicketTerms", "repair")}, …});
//   kKinds.key(TicketKind::Repair) == u"repair", kKinds.from(u"repair"_s) == TicketKind::Repair,
//   kKinds.name(TicketKind::Repair) == QCoreApplication::translate("TicketTerms", "repair").
//
// The rows' order is the order values() lists. Several rows may share a key; from() gives the first.
template <typename E, std::size_t N> class EnumTable
{
public:
    constexpr EnumTable(const char* context, const EnumRow<E> (&rows)[N])
        : m_context(context), m_rows(std::to_array(rows))
    {}

    [[nodiscard]] constexpr const char* context() const { return m_context; }
    [[nodiscard]] constexpr const std::array<EnumRow<E>, N>& rows() const { return m_rows; }

    // The value's row; null for a value the table does not hold (an int cast to the enum).
    [[nodiscard]] constexpr const EnumRow<E>* find(E value) const
    {
        for (const EnumRow<E>& row : m_rows)
            if (row.value == value)
                return &row;
        return nullptr;
    }
    [[nodiscard]] constexpr bool contains(E value) const { return find(value) != nullptr; }
    // `value` when the table holds it, else `fallback`: for a mapping whose last case was a default.
    [[nodiscard]] constexpr E known(E value, E fallback) const { return contains(value) ? value : fallback; }

    // The stored key; a null QString for an empty key or a value the table does not hold.
    [[nodiscard]] QString key(E value) const
    {
        const EnumRow<E>* row = find(value);
        if (!row || !row->key || !*row->key)
            return {};
        return QString::fromLatin1(row->key);
    }

    // The value stored under `key` (an empty key matches a row whose key is empty); nullopt for none.
    [[nodiscard]] std::optional<E> from(const QString& key) const
    {
        for (const EnumRow<E>& row : m_rows)
            if (key == QLatin1StringView(row.key))
                return row.value;
        return std::nullopt;
    }

    // The name in the language in use; a null QString for a value without a name.
    [[nodiscard]] QString name(E value) const
    {
        const EnumRow<E>* row = find(value);
        if (!row || !row->name)
            return {};
        return QCoreApplication::translate(m_context, row->name);
    }

    // Every value, in the table's order (a value on several rows is listed each time).
    [[nodiscard]] QList<E> values() const
    {
        QList<E> out;
        out.reserve(qsizetype(N));
        for (const EnumRow<E>& row : m_rows)
            out.append(row.value);
        return out;
    }

private:
    const char* m_context;
    std::array<EnumRow<E>, N> m_rows;
};

// The table's enum is named, its size counted: enumTable<Channel>("TicketTerms", {{…}, {…}}).
template <typename E, std::size_t N>
constexpr EnumTable<E, N> enumTable(const char* context, const EnumRow<E> (&rows)[N])
{
    return {context, rows};
}

} // namespace fd
