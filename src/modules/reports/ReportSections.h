#pragma once

#include "modules/reports/ReportFigures.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace fd {

// One cell of a report table: words, a count, a rate (a fraction 0..1; empty when nothing was due) or
// an amount of money (number in fen, exact below 2^53).
struct ReportCell
{
    enum class Type { Text, Count, Rate, Money };
    Type type = Type::Text;
    QString text;
    double number = 0;
    bool empty = false;

    [[nodiscard]] QString display() const;
};

// One table of the report: what the page shows, the PDF prints and the XLSX sheet holds.
struct ReportSection
{
    QString id; // stable: kinds, channels, grades, categories, rates, clerks
    QString title;
    QStringList headers;
    QList<QList<ReportCell>> rows;
};

// Turns ReportFigures into the report's tables, the one layout every output shares, so the page,
// the PDF and the spreadsheet always show the same numbers in the same words.
class ReportSections
{
    Q_DECLARE_TR_FUNCTIONS(ReportSections)

public:
    [[nodiscard]] static QString title(const ReportFigures& figures);
    // "Taken in: 42 · read 2026-11-27 17:30".
    [[nodiscard]] static QString subtitle(const ReportFigures& figures);
    [[nodiscard]] static QList<ReportSection> build(const ReportFigures& figures);
    // The rates in the order the "Rates" table lists them, with their names.
    [[nodiscard]] static QList<QPair<QString, ReportRate>> rates(const ReportFigures& figures);
};

} // namespace fd
