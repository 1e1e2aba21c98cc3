#include "modules/fees/MeterReadingDialog.h"

#include "core/DateTimeText.h"
#include "core/Money.h"
#include "engine/Role.h"
#include "modules/fees/ChargeService.h"
#include "modules/registry/ImportProblemModel.h"
#include "modules/registry/UnitPickerWidget.h"
#include "widgets/Ask.h"

#include "ui_MeterReadingDialog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;

namespace fd {

MeterReadingDialog::MeterReadingDialog(MeterReadingService& meters, ChargeService& charges, RegistryService& registry,
                                       const Session& who, const QString& period, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui_MeterReadingDialog>()), m_meters(meters), m_who(who),
      m_model(new QStandardItemModel(this)), m_problems(new ImportProblemModel(this))
{
    m_ui->setupUi(this);
    setObjectName(u"meterReadingDialog"_s);
    if (auto items = charges.items(); items)
        for (const ChargeItem& i : std::as_const(items.value()))
            if (i.basis == ChargeBasis::Meter) {
                m_items << i;
                m_ui->meterItem->addItem(i.name, i.id);
            }
    m_ui->meterPeriod->setText(period);
    m_unit = new UnitPickerWidget(registry, this);
    m_unit->setObjectName(u"meterUnit"_s);
    m_unit->setSession(who);
    m_ui->meterOneForm->replaceWidget(m_ui->meterUnitSlot, m_unit);
    delete m_ui->meterUnitSlot;
    m_ui->meterUnitCaption->setBuddy(m_unit->edit());
    setTabOrder(m_unit->edit(), m_ui->meterPrevious);
    m_model->setHorizontalHeaderLabels(
        {tr("Unit"), tr("Previous"), tr("Current"), tr("Multiplier"), tr("Use"), tr("Note"), tr("Recorded by")});
    m_ui->meterTable->setModel(m_model);
    m_ui->meterTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->meterTable->verticalHeader()->hide();
    m_ui->meterTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->meterProblems->setModel(m_problems);
    m_ui->meterProblems->verticalHeader()->hide();
    m_ui->meterProblems->horizontalHeader()->setStretchLastSection(true);
    m_errors.bind(u"item"_s, m_ui->meterItem, m_ui->meterPeriodError);
    m_errors.bind(u"period"_s, m_ui->meterPeriod, m_ui->meterPeriodError);
    m_errors.bind(u"unit"_s, m_unit->edit(), m_ui->meterUnitError);
    m_errors.bind(u"previous"_s, m_ui->meterPrevious, m_ui->meterPreviousError);
    m_errors.bind(u"current"_s, m_ui->meterCurrent, m_ui->meterCurrentError);
    m_errors.bind(u"multiplier"_s, m_ui->meterMultiplier, m_ui->meterMultiplierError);
    m_errors.bind(u"note"_s, m_ui->meterNote, m_ui->meterNoteError);
    m_errors.setFallback(m_ui->meterError);
    // fees.bill records readings; others see them only.
    const bool may = who.may(Permission::BillFees);
    const QString noItem = tr("No item is billed by meter reading yet: a manager sets one up under Charge items "
                              "(basis: by meter reading), e.g. 水费.");
    const QString why = !may                ? Roles::refusal(who.user.role, Permission::BillFees)
                        : m_items.isEmpty() ? noItem
                                            : QString();
    for (QWidget* w : {static_cast<QWidget*>(m_ui->meterOneGroup), static_cast<QWidget*>(m_ui->meterSheetGroup)}) {
        w->setEnabled(why.isEmpty());
        w->setToolTip(why);
    }
    m_ui->meterImport->setEnabled(false);
    if (m_items.isEmpty())
        m_errors.show(Error{u"fees.not_metered"_s, noItem, u"item"_s});
    connect(m_ui->meterRecord, &QPushButton::clicked, this, &MeterReadingDialog::record);
    connect(m_ui->meterChoose, &QPushButton::clicked, this, &MeterReadingDialog::chooseSheet);
    connect(m_ui->meterImport, &QPushButton::clicked, this, &MeterReadingDialog::importSheet);
    connect(m_ui->meterButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Another item or month: the list, and a sheet chosen previewed again for it (what it corrects).
    const auto again = [this] {
        showReadings();
        if (!m_bytes.isEmpty())
            setSheet(m_bytes, m_sheetName);
    };
    connect(m_ui->meterItem, &QComboBox::currentIndexChanged, this, again);
    connect(m_ui->meterPeriod, &QLineEdit::editingFinished, this, again);
    connect(m_unit, &UnitPickerWidget::unitChanged, this, &MeterReadingDialog::showLast);
    showReadings();
    m_unit->edit()->setFocus();
}

MeterReadingDialog::~MeterReadingDialog() = default;

qint64 MeterReadingDialog::itemId() const
{
    return m_ui->meterItem->currentData().toLongLong();
}

QString MeterReadingDialog::period() const
{
    return m_ui->meterPeriod->text().trimmed();
}

void MeterReadingDialog::fill(const QString& previous, const QString& current, int multiplier, const QString& note)
{
    m_ui->meterPrevious->setText(previous);
    m_ui->meterCurrent->setText(current);
    m_ui->meterMultiplier->setValue(multiplier);
    m_ui->meterNote->setText(note);
}

void MeterReadingDialog::showReadings()
{
    listReadings();
    showLast();
}

void MeterReadingDialog::listReadings()
{
    m_model->removeRows(0, m_model->rowCount());
    if (itemId() == 0)
        return;
    auto readings = m_meters.readings(itemId(), period());
    if (!readings)
        return;
    for (const MeterReading& r : readings.value()) {
        QList<QStandardItem*> row;
        for (const QString& text :
             {r.unitCode, Money::plain(r.previousCenti), Money::plain(r.currentCenti), QString::number(r.multiplier),
              Money::plain(r.useCenti()), r.note, tr("%1, %2").arg(r.recordedBy, DateTimeText::dateTime(r.recordedMs))})
            row << new QStandardItem(text);
        for (int c = 1; c <= 4; ++c)
            row.at(c)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_model->appendRow(row);
    }
    m_ui->meterTable->resizeColumnsToContents();
}

void MeterReadingDialog::showLast()
{
    // The previous reading is the unit's last one unless another is typed (a new meter).
    m_ui->meterPrevious->setPlaceholderText(tr("the unit's last reading"));
    m_ui->meterCurrent->setPlaceholderText({});
    m_replaces = 0;
    if (m_unit->unitId() == 0 || itemId() == 0)
        return;
    // A unit read already this month: what is recorded corrects that reading, and says so.
    if (auto current = m_meters.current(m_unit->unitId(), itemId(), period()); current && current.value()) {
        m_replaces = current.value()->id;
        m_ui->meterCurrent->setPlaceholderText(
            tr("corrects %1, recorded by %2")
                .arg(Money::plain(current.value()->currentCenti), current.value()->recordedBy));
    }
    auto last = m_meters.lastBefore(m_unit->unitId(), itemId(), period());
    if (!last)
        return;
    m_ui->meterPrevious->setPlaceholderText(
        last.value() ? tr("last reading %1 (%2)").arg(Money::plain(last.value()->currentCenti), last.value()->period)
                     : tr("first reading: write the previous one"));
}

bool MeterReadingDialog::record()
{
    m_errors.clear();
    MeterReading r;
    r.itemId = itemId();
    r.unitId = m_unit->unitId();
    r.period = period();
    r.multiplier = m_ui->meterMultiplier->value();
    r.note = m_ui->meterNote->text();
    r.replacesId = m_replaces;
    const auto reading = [this](QLineEdit* edit, const QString& field) -> std::optional<qint64> {
        const auto v = Money::parse(edit->text());
        if (!v || *v < 0) {
            m_errors.show(Error{u"fees.reading"_s,
                                tr("Write the reading as the meter shows it, with at most two decimals."), field});
            return std::nullopt;
        }
        return v;
    };
    if (!m_ui->meterPrevious->text().trimmed().isEmpty()) {
        const auto previous = reading(m_ui->meterPrevious, u"previous"_s);
        if (!previous)
            return false;
        r.previousCenti = *previous;
    }
    const auto current = reading(m_ui->meterCurrent, u"current"_s);
    if (!current)
        return false;
    r.currentCenti = *current;
    auto recorded = m_meters.record(m_who, r);
    if (!recorded) {
        m_errors.show(recorded.error());
        // The reading another desk recorded is in the list, as the refusal says; the unit chosen and what
        // was typed stay, and only choosing the unit again makes a reading correct it.
        if (recorded.error().code == u"fees.reading_recorded"_s)
            listReadings();
        return false;
    }
    fill({}, {}, 1, {});
    m_unit->clear();
    showReadings();
    m_unit->edit()->setFocus();
    return true;
}

void MeterReadingDialog::chooseSheet()
{
    const QString path = Ask::openFileName(this, tr("Choose the meter reader's sheet"), {},
                                           tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_bytes.clear();
        m_ui->meterSheetSummary->setText(
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    setSheet(file.readAll(), QFileInfo(path).fileName());
}

void MeterReadingDialog::setSheet(const QByteArray& bytes, const QString& sourceName)
{
    m_bytes = bytes;
    m_sheetName = sourceName;
    MeterImportReport report = m_meters.importCsv(m_who, itemId(), period(), m_bytes, true);
    showReport(report);
    m_ui->meterSheetSummary->setText(sourceName + u": "_s + m_ui->meterSheetSummary->text());
}

void MeterReadingDialog::showReport(const MeterImportReport& report)
{
    m_report = report;
    QString text;
    if (report.refusal)
        text = report.refusal->message;
    else if (!report.problems.isEmpty() && report.preview)
        text = tr("%n problem(s): fix them in the sheet and choose it again. Nothing is written.", nullptr,
                  int(report.problems.size()));
    else if (!report.problems.isEmpty())
        text = tr("%n problem(s): nothing was imported. Choose the sheet again to see the month as it is now.", nullptr,
                  int(report.problems.size()));
    else if (report.readings > 0)
        text = report.preview ? tr("%n reading(s), use %1 in all; nothing written yet.", nullptr, report.readings)
                                    .arg(Money::plain(report.useCenti))
                              : tr("%n reading(s) imported.", nullptr, report.readings);
    if (report.preview && report.accepted && report.replacing > 0)
        text +=
            u' ' + tr("%n of them correct a reading recorded already (in the list above).", nullptr, report.replacing);
    m_ui->meterSheetSummary->setText(text);
    m_problems->setProblems(report.problems);
    m_ui->meterProblems->resizeColumnToContents(ImportProblemModel::Row);
    m_ui->meterProblems->resizeColumnToContents(ImportProblemModel::ColumnName);
    const bool ready = report.preview && report.accepted && report.readings > 0 && !m_bytes.isEmpty();
    m_ui->meterImport->setEnabled(ready);
    if (ready)
        m_ui->meterImport->setFocus();
}

bool MeterReadingDialog::importSheet()
{
    if (m_bytes.isEmpty() || !m_report.preview || !m_report.accepted)
        return false;
    const MeterImportReport done = m_meters.importCsv(m_who, itemId(), period(), m_bytes, false, m_report.corrects);
    showReport(done);
    if (!done.accepted)
        return false;
    m_bytes.clear();
    showReadings();
    return true;
}

} // namespace fd
