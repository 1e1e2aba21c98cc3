#include "modules/fees/ChargeItemsWidget.h"

#include "core/Clock.h"
#include "core/DateTimeText.h"
#include "core/Money.h"
#include "modules/fees/ChargeListingsDialog.h"
#include "modules/fees/ChargeService.h"
#include "modules/fees/FeeTerms.h"
#include "modules/registry/RegistryTerms.h"

#include "ui_ChargeItemsWidget.h"

#include <QHeaderView>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

QString typeName(const QString& key)
{
    if (key.isEmpty())
        return ChargeItemsWidget::tr("every type");
    const auto type = RegistryTerms::unitTypes.from(key);
    return type ? RegistryTerms::unitTypes.name(*type) : key;
}

} // namespace

ChargeItemsWidget::ChargeItemsWidget(ChargeService& charges, RegistryService& registry, const Clock& clock,
                                     QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui_ChargeItemsWidget>()), m_charges(charges), m_registry(registry),
      m_clock(clock), m_items(new QStandardItemModel(this)), m_rates(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    setObjectName(u"chargeItemsForm"_s);
    for (ChargeBasis b :
         {ChargeBasis::Area, ChargeBasis::Fixed, ChargeBasis::Meter, ChargeBasis::OneOff, ChargeBasis::Deposit})
        m_ui->itemBasis->addItem(FeeTerms::displayName(b), int(b));
    for (ChargePeriod p : {ChargePeriod::Monthly, ChargePeriod::Quarterly, ChargePeriod::Yearly})
        m_ui->itemPeriod->addItem(FeeTerms::displayName(p), int(p));
    m_ui->rateType->addItem(typeName({}), u""_s);
    for (UnitType t : RegistryTerms::unitTypes.values())
        m_ui->rateType->addItem(RegistryTerms::unitTypes.name(t), RegistryTerms::unitTypes.key(t));
    m_ui->rateFrom->setDisplayFormat(DateTimeText::dateFormat());
    m_ui->rateFrom->setDate(m_clock.now().date().addMonths(1).addDays(1 - m_clock.now().date().day()));

    m_itemErrors.bind(u"code"_s, m_ui->itemCode, m_ui->itemCodeError);
    m_itemErrors.bind(u"name"_s, m_ui->itemName, m_ui->itemNameError);
    m_itemErrors.bind(u"due_day"_s, m_ui->itemDueDay, m_ui->itemDueDayError);
    m_itemErrors.bind(u"ahead"_s, m_ui->itemAhead, m_ui->itemAheadError);
    m_itemErrors.setFallback(m_ui->itemError);
    m_rateErrors.bind(u"unit_type"_s, m_ui->rateType, m_ui->rateTypeError);
    m_rateErrors.bind(u"price"_s, m_ui->ratePrice, m_ui->ratePriceError);
    m_rateErrors.bind(u"valid_from"_s, m_ui->rateFrom, m_ui->rateFromError);
    m_rateErrors.bind(u"item"_s, m_ui->itemsTable, m_ui->rateError);
    m_rateErrors.setFallback(m_ui->rateError);

    m_items->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Basis"), tr("Period"), tr("Due day"), tr("Rates")});
    m_ui->itemsTable->setModel(m_items);
    m_ui->itemsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->itemsTable->verticalHeader()->hide();
    m_ui->itemsTable->horizontalHeader()->setStretchLastSection(true);
    m_rates->setHorizontalHeaderLabels({tr("Unit type"), tr("Price"), tr("From")});
    m_ui->ratesTable->setModel(m_rates);
    m_ui->ratesTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->ratesTable->verticalHeader()->hide();
    m_ui->ratesTable->horizontalHeader()->setStretchLastSection(true);

    connect(m_ui->addItem, &QPushButton::clicked, this, &ChargeItemsWidget::addItem);
    connect(m_ui->addRate, &QPushButton::clicked, this, &ChargeItemsWidget::addRate);
    connect(m_ui->whoPays, &QPushButton::clicked, this, &ChargeItemsWidget::showListings);
    connect(m_ui->itemsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showRates();
        updateControls();
    });
    connect(m_ui->itemBasis, &QComboBox::currentIndexChanged, this, &ChargeItemsWidget::updateControls);
    connect(m_ui->itemPeriod, &QComboBox::currentIndexChanged, this, &ChargeItemsWidget::updateControls);
}

ChargeItemsWidget::~ChargeItemsWidget() = default;

void ChargeItemsWidget::setSession(const Session& session)
{
    m_session = session;
    refresh();
}

void ChargeItemsWidget::refresh()
{
    const qint64 keep = selectedItemId();
    m_items->removeRows(0, m_items->rowCount());
    m_itemRows.clear();
    auto items = m_charges.items(true);
    if (!items) {
        m_ui->itemError->setText(items.error().message);
        m_ui->itemError->show();
        return;
    }
    m_itemRows = items.value();
    const QDate today = m_clock.now().date();
    for (const ChargeItem& i : std::as_const(m_itemRows)) {
        QStringList now;
        if (auto rates = m_charges.rates(i.id)) {
            QHash<QString, ChargeRate> inForce; // per unit type, the last that has started
            for (const ChargeRate& r : rates.value())
                if (r.validFrom <= today)
                    inForce.insert(r.unitType, r);
            for (const ChargeRate& r : std::as_const(inForce))
                now << u"%1 %2"_s.arg(typeName(r.unitType), Money::text(r.priceFen));
            now.sort();
        }
        const bool oneOff = FeeTerms::oneAtATime(i.basis);
        QList<QStandardItem*> row;
        QString basis =
            i.listed ? tr("%1, listed units only").arg(FeeTerms::displayName(i.basis)) : FeeTerms::displayName(i.basis);
        if (i.ahead)
            basis = tr("%1, a month ahead").arg(basis);
        for (const QString& text :
             {i.code, i.name, basis, oneOff ? QString() : FeeTerms::displayName(i.period),
              oneOff ? tr("%n day(s) after the month ends", nullptr, i.dueDay) : QString::number(i.dueDay),
              oneOff          ? tr("its own amount each time")
              : now.isEmpty() ? tr("no rate in force")
                              : now.join(u" · "_s)})
            row << new QStandardItem(text);
        m_items->appendRow(row);
    }
    m_ui->itemsTable->resizeColumnsToContents();
    selectItem(keep);
    showRates();
    updateControls();
}

qint64 ChargeItemsWidget::selectedItemId() const
{
    const QModelIndex current = m_ui->itemsTable->currentIndex();
    return current.isValid() && current.row() < m_itemRows.size() ? m_itemRows.at(current.row()).id : 0;
}

void ChargeItemsWidget::selectItem(qint64 itemId)
{
    for (qsizetype r = 0; r < m_itemRows.size(); ++r)
        if (m_itemRows.at(r).id == itemId)
            m_ui->itemsTable->setCurrentIndex(m_items->index(int(r), 0));
}

void ChargeItemsWidget::showRates()
{
    m_rates->removeRows(0, m_rates->rowCount());
    const qint64 item = selectedItemId();
    if (item == 0)
        return;
    auto rates = m_charges.rates(item);
    if (!rates)
        return;
    for (const ChargeRate& r : rates.value())
        m_rates->appendRow({new QStandardItem(typeName(r.unitType)), new QStandardItem(Money::text(r.priceFen)),
                            new QStandardItem(DateTimeText::date(r.validFrom))});
    m_ui->ratesTable->resizeColumnsToContents();
}

void ChargeItemsWidget::updateControls()
{
    const bool may = m_session && m_session->may(Permission::EditChargeItems);
    const QString why =
        m_session && !may ? Roles::refusal(m_session->user.role, Permission::EditChargeItems) : QString();
    m_ui->itemGroup->setEnabled(may);
    m_ui->itemGroup->setToolTip(why);
    const bool picked = selectedItemId() != 0;
    const QModelIndex current = m_ui->itemsTable->currentIndex();
    const bool oneOff = picked && FeeTerms::oneAtATime(m_itemRows.at(current.row()).basis);
    const bool listed = picked && m_itemRows.at(current.row()).listed;
    m_ui->whoPays->setEnabled(listed);
    m_ui->whoPays->setToolTip(listed ? QString()
                                     : tr("Select an item billed only to the units listed for it, in the list on "
                                          "the left."));
    m_ui->rateGroup->setEnabled(may && picked && !oneOff);
    m_ui->rateGroup->setToolTip(!why.isEmpty() ? why
                                : !picked      ? tr("Select the charge item first, in the list on the left.")
                                : oneOff       ? tr("This item is charged one at a time with its own amount; it has no "
                                                          "rate.")
                                               : QString());
    // R-FE-4: an item charged one at a time is due some days after the month it is charged in ends.
    const ChargeBasis newBasis = ChargeBasis(m_ui->itemBasis->currentData().toInt());
    const bool newOneOff = FeeTerms::oneAtATime(newBasis);
    m_ui->itemPeriod->setEnabled(!newOneOff && newBasis != ChargeBasis::Meter); // a meter is read monthly
    m_ui->itemListed->setEnabled(!newOneOff);
    // R-FE-4: a monthly contract (by area or a fixed amount) may be paid a month ahead.
    const bool mayAhead = (newBasis == ChargeBasis::Area || newBasis == ChargeBasis::Fixed) &&
                          ChargePeriod(m_ui->itemPeriod->currentData().toInt()) == ChargePeriod::Monthly;
    m_ui->itemAhead->setEnabled(mayAhead);
    m_ui->itemAhead->setToolTip(mayAhead ? QString()
                                         : tr("Only a monthly item by floor area or at a fixed amount is billed a "
                                              "month ahead."));
    m_ui->itemDueDay->setSuffix(newOneOff ? tr(" days after the month ends") : QString());
}

void ChargeItemsWidget::fillItem(const QString& code, const QString& name, ChargeBasis basis, ChargePeriod period,
                                 int dueDay, bool listed, bool ahead)
{
    m_ui->itemListed->setChecked(listed);
    m_ui->itemAhead->setChecked(ahead);
    m_ui->itemCode->setText(code);
    m_ui->itemName->setText(name);
    m_ui->itemBasis->setCurrentIndex(m_ui->itemBasis->findData(int(basis)));
    m_ui->itemPeriod->setCurrentIndex(m_ui->itemPeriod->findData(int(period)));
    m_ui->itemDueDay->setValue(dueDay);
}

void ChargeItemsWidget::fillRate(const QString& unitType, const QString& price, const QDate& from)
{
    m_ui->rateType->setCurrentIndex(m_ui->rateType->findData(unitType));
    m_ui->ratePrice->setText(price);
    m_ui->rateFrom->setDate(from);
}

bool ChargeItemsWidget::addItem()
{
    if (!m_session)
        return false;
    m_itemErrors.clear();
    ChargeItem item;
    item.code = m_ui->itemCode->text();
    item.name = m_ui->itemName->text();
    item.basis = ChargeBasis(m_ui->itemBasis->currentData().toInt());
    item.period = ChargePeriod(m_ui->itemPeriod->currentData().toInt());
    item.dueDay = m_ui->itemDueDay->value();
    item.listed = m_ui->itemListed->isEnabled() && m_ui->itemListed->isChecked();
    item.ahead = m_ui->itemAhead->isEnabled() && m_ui->itemAhead->isChecked();
    auto added = m_charges.addItem(*m_session, item);
    if (!added) {
        m_itemErrors.show(added.error());
        return false;
    }
    m_ui->itemCode->clear();
    m_ui->itemName->clear();
    m_ui->itemListed->setChecked(false);
    m_ui->itemAhead->setChecked(false);
    refresh();
    selectItem(added.value().id);
    m_ui->ratePrice->setFocus();
    return true;
}

bool ChargeItemsWidget::addRate()
{
    if (!m_session)
        return false;
    m_rateErrors.clear();
    ChargeRate rate;
    rate.itemId = selectedItemId();
    rate.unitType = m_ui->rateType->currentData().toString();
    rate.priceFen = Money::parse(m_ui->ratePrice->text()).value_or(0); // the service says what is wrong with 0
    rate.validFrom = m_ui->rateFrom->date();
    auto added = m_charges.addRate(*m_session, rate);
    if (!added) {
        m_rateErrors.show(added.error());
        return false;
    }
    m_ui->ratePrice->clear();
    const qint64 keep = rate.itemId;
    refresh();
    selectItem(keep);
    return true;
}

void ChargeItemsWidget::showListings()
{
    const QModelIndex current = m_ui->itemsTable->currentIndex();
    if (!m_session || !current.isValid() || current.row() >= m_itemRows.size())
        return;
    ChargeListingsDialog dialog(m_charges, m_registry, m_clock, *m_session, m_itemRows.at(current.row()), this);
    dialog.exec();
}

} // namespace fd
