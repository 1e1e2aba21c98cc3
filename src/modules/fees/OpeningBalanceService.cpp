#include "modules/fees/OpeningBalanceService.h"

#include "core/Clock.h"
#include "core/Money.h"
#include "engine/AuditLog.h"
#include "engine/Session.h"
#include "modules/fees/ChargeService.h"
#include "modules/fees/FeeLedger.h"
#include "modules/fees/FeeTerms.h"
#include "modules/fees/FeeUnits.h"
#include "modules/fees/OneOffChargeService.h"
#include "modules/registry/CsvTable.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

enum class Column { Unit, Item, Period, Amount, Note };

const QList<CsvColumn>& columns()
{
    static const QList<CsvColumn> specs{
        {int(Column::Unit), true, {u"房号"_s, u"unit"_s, u"房屋"_s, u"房屋编号"_s, u"code"_s}},
        {int(Column::Item), true, {u"收费项目"_s, u"item"_s, u"项目"_s, u"费用项目"_s, u"项目代码"_s}},
        {int(Column::Period), true, {u"所属期间"_s, u"period"_s, u"月份"_s, u"所属月份"_s, u"账期"_s, u"month"_s}},
        {int(Column::Amount), true, {u"欠费金额"_s, u"amount"_s, u"金额"_s, u"欠费"_s, u"欠款"_s, u"owed"_s}},
        {int(Column::Note), false, {u"备注"_s, u"note"_s}},
    };
    return specs;
}

// "2026-10", "2026/10", "2026.10", "2026年10月", "202610": the first day of that month.
std::optional<QDate> monthOfCell(const QString& cell)
{
    static const QRegularExpression spelled(u"^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?$"_s);
    static const QRegularExpression packed(u"^(\\d{4})(\\d{2})$"_s);
    const QString t = CsvTable::foldWidth(cell);
    auto m = spelled.match(t);
    if (!m.hasMatch())
        m = packed.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate first(m.captured(1).toInt(), m.captured(2).toInt(), 1);
    return first.isValid() ? std::optional<QDate>(first) : std::nullopt;
}

} // namespace

OpeningBalanceService::OpeningBalanceService(Database& db, const Clock& clock, AuditLog& audit)
    : m_db(db), m_clock(clock), m_audit(audit)
{}

OpeningBalanceReport OpeningBalanceService::importCsv(const Session& who, const QByteArray& bytes, bool preview)
{
    OpeningBalanceReport out;
    out.preview = preview;
    if (Status s = who.require(Permission::BillFees); !s) {
        out.refusal = s.error();
        return out;
    }
    const CsvTable table = CsvTable::read(bytes, columns());
    if (!table.startReport(out, tr("The file has a header row but no balances below it.")))
        return out;

    // What the rows name: units by code or by their digits, items by code or name.
    auto knownUnits = FeeUnits::byCodeOrDigits(m_db);
    if (!knownUnits) {
        out.problems.append({0, {}, knownUnits.error().message});
        return out;
    }
    const QHash<QString, qint64> unitOf = std::move(knownUnits).value();
    auto items = ChargeService(m_db, m_clock, m_audit).items(true);
    if (!items) {
        out.problems.append({0, {}, items.error().message});
        return out;
    }
    QHash<QString, ChargeItem> itemOf;
    for (const ChargeItem& i : std::as_const(items.value())) {
        itemOf.insert(i.code.toUpper(), i);
        itemOf.insert(i.name, i);
    }

    const QDate thisMonth = m_clock.now().date().addDays(1 - m_clock.now().date().day());
    const QString required = tr("This column is required, but the cell is empty.");
    QMap<QString, QList<BillLine>> byPeriod; // the lines to write, per month owed
    QHash<QString, int> rowOfKey;            // "unit/item/period" -> the row that owes it first
    for (const int r : table.rows) {
        const auto cell = [&](Column c) { return table.cell(r, int(c)); };
        const auto problem = [&](Column c, const QString& message) {
            out.problems.append({r, table.header(int(c)), message});
        };
        const int before = int(out.problems.size());
        BillLine l;
        const QString unitText = CsvTable::foldWidth(cell(Column::Unit));
        if (unitText.isEmpty())
            problem(Column::Unit, required);
        else if (const auto u = unitOf.constFind(unitText); u == unitOf.cend())
            problem(Column::Unit, tr("There is no unit %1 in the registry: import the units first.").arg(unitText));
        else {
            l.unitId = *u;
            l.unitCode = unitText;
        }
        const QString itemText = CsvTable::foldWidth(cell(Column::Item));
        auto i = itemOf.constFind(itemText.toUpper()); // by code
        if (i == itemOf.cend())
            i = itemOf.constFind(itemText); // by name
        ChargeItem item;
        if (itemText.isEmpty())
            problem(Column::Item, required);
        else if (i == itemOf.cend())
            problem(Column::Item, tr("There is no charge item %1: set it up under Charge items first, by this code "
                                     "or name.")
                                      .arg(itemText));
        else {
            item = *i;
            l.itemId = item.id;
            l.itemName = item.name;
        }
        const auto month = monthOfCell(cell(Column::Period));
        if (cell(Column::Period).isEmpty())
            problem(Column::Period, required);
        else if (!month)
            problem(Column::Period,
                    tr("\"%1\" is not a month: write year and month, e.g. 2026-10.").arg(cell(Column::Period)));
        else if (*month > thisMonth)
            problem(Column::Period, tr("%1 has not begun: an opening balance is owed for a month that has.")
                                        .arg(FeeTerms::periodKey(*month)));
        const auto amount = Money::parse(cell(Column::Amount));
        if (cell(Column::Amount).isEmpty())
            problem(Column::Amount, required);
        else if (!amount || *amount <= 0)
            problem(Column::Amount, tr("\"%1\" is not an amount owed: write yuan, more than zero, with at most two "
                                       "decimals, e.g. 223.43.")
                                        .arg(cell(Column::Amount)));
        if (int(out.problems.size()) != before)
            continue;

        l.period = FeeTerms::periodKey(*month);
        l.months = 1;
        l.amountFen = *amount;
        l.note = cell(Column::Note).simplified();
        l.dueDay = item.basis == ChargeBasis::OneOff ? OneOffChargeService::dueDay(*month, item, false)
                                                     : QDate(month->year(), month->month(), item.dueDay);
        const QString key = u"%1/%2/%3"_s.arg(l.unitId).arg(l.itemId).arg(l.period);
        if (const int first = rowOfKey.value(key, 0); first > 0) {
            problem(Column::Period, tr("%1 %2 for %3 is already on row %4; each is owed once.")
                                        .arg(l.unitCode, l.itemName, l.period)
                                        .arg(first + 1));
            continue;
        }
        rowOfKey.insert(key, r);
        byPeriod[l.period].append(l);
    }

    // R-FE-5: a month already billed is never billed again.
    for (auto it = byPeriod.cbegin(); it != byPeriod.cend(); ++it) {
        auto q = m_db.exec(u"SELECT unit_id, item_id FROM bill_lines WHERE period = ?"_s, {it.key()});
        if (!q) {
            out.problems.append({0, {}, q.error().message});
            return out;
        }
        QSet<std::pair<qint64, qint64>> billed;
        while (q.value().next())
            billed.insert({q.value().value(0).toLongLong(), q.value().value(1).toLongLong()});
        q.value().finish();
        for (const BillLine& l : it.value())
            if (billed.contains({l.unitId, l.itemId}))
                out.problems.append({rowOfKey.value(u"%1/%2/%3"_s.arg(l.unitId).arg(l.itemId).arg(l.period)),
                                     table.header(int(Column::Period)),
                                     tr("%1 is already billed %2 for %3; an opening balance cannot bill it again.")
                                         .arg(l.unitCode, l.itemName, l.period)});
    }
    std::stable_sort(out.problems.begin(), out.problems.end(),
                     [](const ImportProblem& a, const ImportProblem& b) { return a.row < b.row; });

    QSet<qint64> units;
    for (const QList<BillLine>& lines : std::as_const(byPeriod))
        for (const BillLine& l : lines) {
            units.insert(l.unitId);
            out.totalFen += l.amountFen;
            ++out.lines;
        }
    out.units = int(units.size());
    out.months = int(byPeriod.size());
    out.accepted = out.problems.isEmpty();
    if (!out.accepted || preview)
        return out;

    // All or nothing: one transaction, one run per month owed.
    const auto fail = [&out](const Error& e) {
        out.accepted = false;
        out.problems.append({0, {}, e.message});
        return out;
    };
    Transaction tx(m_db);
    if (!tx.started())
        return fail(tx.started().error());
    FeeLedger ledger(m_db);
    for (auto it = byPeriod.cbegin(); it != byPeriod.cend(); ++it) {
        QSet<qint64> runUnits;
        qint64 total = 0;
        for (const BillLine& l : it.value()) {
            runUnits.insert(l.unitId);
            total += l.amountFen;
        }
        const qint64 now = m_clock.nowMs();
        auto run =
            m_db.insert(u"INSERT INTO billing_runs (period, units, lines, total_fen, confirmed_ms, confirmed_by) "
                        "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s,
                        {it.key(), int(runUnits.size()), int(it.value().size()), total, now, who.user.id});
        if (!run)
            return fail(run.error());
        if (Status s = ledger.insertLines(run.value(), it.value()); !s)
            return fail(s.error());
        if (Status s = ledger.settleFromPrepaid(run.value(), now); !s)
            return fail(s.error());
        const QJsonObject after{{u"period"_s, it.key()},
                                {u"units"_s, int(runUnits.size())},
                                {u"lines"_s, int(it.value().size())},
                                {u"total_fen"_s, total}};
        if (auto a = m_audit.append(who, u"billing_run"_s, run.value(), u"opening_balances"_s, {}, after); !a)
            return fail(a.error());
    }
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return out;
}

} // namespace fd
