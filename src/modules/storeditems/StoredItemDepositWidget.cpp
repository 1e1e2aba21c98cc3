#include "modules/storeditems/StoredItemDepositWidget.h"

#include "core/DateTimeText.h"

#include "core/Clock.h"
#include "modules/Services.h"
#include "modules/registry/UnitPickerWidget.h"
#include "modules/storeditems/StoredItemService.h"
#include "widgets/SignatureField.h"

#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd {

StoredItemDepositWidget::StoredItemDepositWidget(Services& services, StoredItemService& service, QWidget* parent)
    : QWidget(parent), m_services(services), m_service(service)
{
    setObjectName(u"storageDepositForm"_s);
    auto* who = new QGroupBox(tr("Depositor and place"), this);
    auto* form = new QFormLayout(who);
    m_name = new QLineEdit(who);
    m_name->setObjectName(u"depositorName"_s);
    m_name->setPlaceholderText(tr("Who leaves the items"));
    form->addRow(tr("&Name"), withError(m_name, u"depositorName"_s, "depositorNameError"));
    m_phone = new QLineEdit(who);
    m_phone->setObjectName(u"depositorPhone"_s);
    m_phone->setPlaceholderText(tr("Mobile or landline"));
    form->addRow(tr("&Phone"), withError(m_phone, u"depositorPhone"_s, "depositorPhoneError"));
    m_unit = new UnitPickerWidget(m_services.registry, who);
    m_unit->setObjectName(u"depositUnit"_s);
    form->addRow(tr("&Unit"), m_unit);
    form->addRow(QString(), m_errors.add(u"unit"_s, m_unit->edit(), u"depositUnitError"_s, who));
    m_shelf = new QLineEdit(who);
    m_shelf->setObjectName(u"depositShelf"_s);
    m_shelf->setPlaceholderText(tr("e.g. A-3"));
    form->addRow(tr("S&helf"), withError(m_shelf, u"shelf"_s, "depositShelfError"));
    m_pickup = new QDateTimeEdit(who);
    m_pickup->setObjectName(u"depositPickup"_s);
    m_pickup->setDisplayFormat(DateTimeText::dateTimeFormat());
    m_pickup->setCalendarPopup(true);
    form->addRow(tr("E&xpected pickup"), withError(m_pickup, u"pickup"_s, "depositPickupError"));
    m_note = new QLineEdit(who);
    m_note->setObjectName(u"depositNote"_s);
    form->addRow(tr("N&ote"), m_note);
    // A row's Alt-letter lands in its field: QLabel moves the cursor only to a buddy that takes focus
    // itself, so a field wrapped with its error line is reached through the wrapper's proxy.
    for (int row = 0; row < form->rowCount(); ++row) {
        QLayoutItem* item = form->itemAt(row, QFormLayout::LabelRole);
        auto* label = item ? qobject_cast<QLabel*>(item->widget()) : nullptr;
        if (label && label->buddy() && label->buddy()->focusProxy())
            label->setBuddy(label->buddy()->focusProxy());
    }

    auto* items = new QGroupBox(tr("Items"), this);
    auto* itemsLayout = new QVBoxLayout(items);
    m_lines = new QTableWidget(0, 3, items);
    m_lines->setObjectName(u"depositLines"_s);
    m_lines->setHorizontalHeaderLabels({tr("Item"), tr("Count"), tr("Condition")});
    m_lines->verticalHeader()->hide();
    m_lines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_lines->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_lines->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    itemsLayout->addWidget(m_lines, 1);
    auto* lineButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add line"), items);
    add->setObjectName(u"addLine"_s);
    auto* remove = new QPushButton(tr("&Remove line"), items);
    remove->setObjectName(u"removeLine"_s);
    lineButtons->addWidget(add);
    lineButtons->addWidget(remove);
    lineButtons->addStretch();
    itemsLayout->addLayout(lineButtons);
    itemsLayout->addWidget(m_errors.add(u"items"_s, m_lines, u"depositLinesError"_s, items));

    auto* sign = new QGroupBox(tr("Depositor's signature"), this);
    auto* signLayout = new QVBoxLayout(sign);
    m_signature = new SignatureField(sign);
    m_signature->setObjectName(u"depositSignature"_s);
    signLayout->addWidget(m_signature);
    signLayout->addWidget(m_errors.add(u"signature"_s, m_signature, u"depositSignatureError"_s, sign));

    m_save = new QPushButton(tr("&Save and give a tag"), this);
    m_save->setObjectName(u"saveDeposit"_s);
    m_save->setDefault(true);
    auto* fallback = new QLabel(this);
    fallback->setObjectName(u"depositError"_s);
    m_errors.setFallback(fallback);

    auto* left = new QVBoxLayout;
    left->addWidget(who);
    left->addStretch();
    auto* right = new QVBoxLayout;
    right->addWidget(items, 1);
    right->addWidget(sign);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 4);
    columns->addLayout(right, 5);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(fallback, 1);
    bottom->addStretch();
    bottom->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addLayout(bottom);

    connect(add, &QPushButton::clicked, this, &StoredItemDepositWidget::addLine);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_lines->rowCount() > 1)
            m_lines->removeRow(m_lines->currentRow() >= 0 ? m_lines->currentRow() : m_lines->rowCount() - 1);
    });
    connect(m_save, &QPushButton::clicked, this, &StoredItemDepositWidget::save);
    clear();
}

QWidget* StoredItemDepositWidget::withError(QWidget* input, const QString& field, const char* labelName)
{
    auto* box = new QWidget(input->parentWidget());
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(input);
    v->addWidget(m_errors.add(field, input, QString::fromLatin1(labelName), box));
    box->setFocusProxy(input); // the row's Alt-letter lands in the field
    return box;
}

void StoredItemDepositWidget::addLine()
{
    const int row = m_lines->rowCount();
    m_lines->insertRow(row);
    m_lines->setItem(row, 0, new QTableWidgetItem);
    m_lines->setItem(row, 1, new QTableWidgetItem(u"1"_s));
    m_lines->setItem(row, 2, new QTableWidgetItem(tr("intact")));
}

void StoredItemDepositWidget::setLine(int row, const QString& description, const QString& count,
                                      const QString& condition)
{
    while (m_lines->rowCount() <= row)
        addLine();
    m_lines->item(row, 0)->setText(description);
    m_lines->item(row, 1)->setText(count);
    m_lines->item(row, 2)->setText(condition);
}

void StoredItemDepositWidget::setSession(const Session& session)
{
    m_session = session;
    m_unit->setSession(session);
}

void StoredItemDepositWidget::clear()
{
    m_errors.clear();
    m_name->clear();
    m_phone->clear();
    m_unit->clear();
    m_shelf->clear();
    m_note->clear();
    m_signature->clear();
    m_lines->setRowCount(0);
    addLine();
    m_pickup->setDateTime(defaultPickup());
}

QDateTime StoredItemDepositWidget::defaultPickup() const
{
    // By default the customer comes back later the same day: the full hour four to five hours on.
    QDateTime pickup = m_services.clock.now().addSecs(4 * 3600);
    pickup.setTime(QTime(pickup.time().hour(), 0));
    return pickup.addSecs(3600);
}

void StoredItemDepositWidget::refreshPickup()
{
    if (m_pickup->dateTime() <= m_services.clock.now())
        m_pickup->setDateTime(defaultPickup());
}

DepositRequest StoredItemDepositWidget::request() const
{
    DepositRequest r;
    r.depositorName = m_name->text();
    r.depositorPhone = m_phone->text();
    r.unitId = m_unit->unitId();
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        const auto cell = [this, row](int column) {
            const QTableWidgetItem* item = m_lines->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        if (cell(0).isEmpty() && row > 0 && row == m_lines->rowCount() - 1)
            continue;                                                 // an empty last line is not an item
        r.lines << StoredItemLine{cell(0), cell(1).toInt(), cell(2)}; // not a number: 0, which is refused
    }
    r.shelf = m_shelf->text();
    r.expectedPickupMs = m_pickup->dateTime().toMSecsSinceEpoch();
    r.signature = m_signature->signature(m_name->text().trimmed());
    r.note = m_note->text();
    return r;
}

bool StoredItemDepositWidget::save()
{
    if (!m_session)
        return false;
    m_errors.clear();
    auto saved = m_service.deposit(*m_session, request());
    if (!saved) {
        m_errors.show(saved.error());
        return false;
    }
    clear();
    emit deposited(saved.value());
    return true;
}

} // namespace fd
