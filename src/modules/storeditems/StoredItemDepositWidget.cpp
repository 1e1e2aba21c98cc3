#include "modules/storeditems/StoredItemDepositWidget.h"

#include "core/DateTimeText.h"

#include "core/Clock.h"
#include "modules/registry/UnitPickerWidget.h"
#include "modules/storeditems/StoredItemService.h"
#include "widgets/SignatureField.h"
#include "widgets/TabOrder.h"

#include "ui_StoredItemDepositWidget.h"

#include <QHeaderView>

using namespace Qt::StringLiterals;

namespace fd {

StoredItemDepositWidget::StoredItemDepositWidget(StoredItemService& service, RegistryService& registry,
                                                 const Clock& clock, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui_StoredItemDepositWidget>()), m_service(service), m_clock(clock)
{
    m_ui->setupUi(this);
    setObjectName(u"storageDepositForm"_s);
    m_errors.bind(u"depositorName"_s, m_ui->depositorName, m_ui->depositorNameError);
    m_errors.bind(u"depositorPhone"_s, m_ui->depositorPhone, m_ui->depositorPhoneError);
    // The unit picker needs the registry: made here, into the row the layout leaves for it, and
    // back to its place on Tab (after the phone).
    m_unit = new UnitPickerWidget(registry, m_ui->depositorGroup);
    m_unit->setObjectName(u"depositUnit"_s);
    m_ui->depositorLayout->setWidget(2, QFormLayout::FieldRole, m_unit);
    m_ui->depositUnitCaption->setBuddy(m_unit->edit()); // QLabel moves the cursor only to a field that takes focus
    TabOrder::placeAfter(m_ui->depositorPhone, m_unit);
    m_errors.bind(u"unit"_s, m_unit->edit(), m_ui->depositUnitError);
    m_errors.bind(u"shelf"_s, m_ui->depositShelf, m_ui->depositShelfError);
    m_ui->depositPickup->setDisplayFormat(DateTimeText::dateTimeFormat());
    m_errors.bind(u"pickup"_s, m_ui->depositPickup, m_ui->depositPickupError);

    QHeaderView* header = m_ui->depositLines->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::Stretch);
    m_errors.bind(u"items"_s, m_ui->depositLines, m_ui->depositLinesError);
    m_errors.bind(u"signature"_s, m_ui->depositSignature, m_ui->depositSignatureError);
    m_errors.setFallback(m_ui->depositError);

    connect(m_ui->addLine, &QPushButton::clicked, this, &StoredItemDepositWidget::addLine);
    connect(m_ui->removeLine, &QPushButton::clicked, this, [this] {
        QTableWidget* lines = m_ui->depositLines;
        if (lines->rowCount() > 1)
            lines->removeRow(lines->currentRow() >= 0 ? lines->currentRow() : lines->rowCount() - 1);
    });
    connect(m_ui->saveDeposit, &QPushButton::clicked, this, &StoredItemDepositWidget::save);
    clear();
}

StoredItemDepositWidget::~StoredItemDepositWidget() = default;

SignatureField* StoredItemDepositWidget::signatureField() const
{
    return m_ui->depositSignature;
}

void StoredItemDepositWidget::addLine()
{
    const int row = m_ui->depositLines->rowCount();
    m_ui->depositLines->insertRow(row);
    m_ui->depositLines->setItem(row, 0, new QTableWidgetItem);
    m_ui->depositLines->setItem(row, 1, new QTableWidgetItem(u"1"_s));
    m_ui->depositLines->setItem(row, 2, new QTableWidgetItem(tr("intact")));
}

void StoredItemDepositWidget::setLine(int row, const QString& description, const QString& count,
                                      const QString& condition)
{
    while (m_ui->depositLines->rowCount() <= row)
        addLine();
    m_ui->depositLines->item(row, 0)->setText(description);
    m_ui->depositLines->item(row, 1)->setText(count);
    m_ui->depositLines->item(row, 2)->setText(condition);
}

void StoredItemDepositWidget::setSession(const Session& session)
{
    m_session = session;
    m_unit->setSession(session);
}

void StoredItemDepositWidget::clear()
{
    m_errors.clear();
    m_ui->depositorName->clear();
    m_ui->depositorPhone->clear();
    m_unit->clear();
    m_ui->depositShelf->clear();
    m_ui->depositNote->clear();
    m_ui->depositSignature->clear();
    m_ui->depositLines->setRowCount(0);
    addLine();
    m_ui->depositPickup->setDateTime(defaultPickup());
}

QDateTime StoredItemDepositWidget::defaultPickup() const
{
    // By default the customer comes back later the same day: the full hour four to five hours on.
    QDateTime pickup = m_clock.now().addSecs(4 * 3600);
    pickup.setTime(QTime(pickup.time().hour(), 0));
    return pickup.addSecs(3600);
}

void StoredItemDepositWidget::refreshPickup()
{
    if (m_ui->depositPickup->dateTime() <= m_clock.now())
        m_ui->depositPickup->setDateTime(defaultPickup());
}

DepositRequest StoredItemDepositWidget::request() const
{
    DepositRequest r;
    r.depositorName = m_ui->depositorName->text();
    r.depositorPhone = m_ui->depositorPhone->text();
    r.unitId = m_unit->unitId();
    for (int row = 0; row < m_ui->depositLines->rowCount(); ++row) {
        const auto cell = [this, row](int column) {
            const QTableWidgetItem* item = m_ui->depositLines->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        if (cell(0).isEmpty() && row > 0 && row == m_ui->depositLines->rowCount() - 1)
            continue;                                                 // an empty last line is not an item
        r.lines << StoredItemLine{cell(0), cell(1).toInt(), cell(2)}; // not a number: 0, which is refused
    }
    r.shelf = m_ui->depositShelf->text();
    r.expectedPickupMs = m_ui->depositPickup->dateTime().toMSecsSinceEpoch();
    r.signature = m_ui->depositSignature->signature(m_ui->depositorName->text().trimmed());
    r.note = m_ui->depositNote->text();
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
