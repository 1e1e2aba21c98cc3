#include "modules/tools/ToolLendWidget.h"

#include "modules/registry/UnitPickerWidget.h"
#include "modules/tools/ToolService.h"
#include "widgets/FormEdits.h"
#include "widgets/SignatureField.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace fd {

ToolLendWidget::ToolLendWidget(ToolService& tools, RegistryService& registry, QWidget* parent)
    : QWidget(parent), m_tools(tools)
{
    setObjectName(u"toolLendWidget"_s);
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);

    auto* toolRow = new QHBoxLayout;
    m_tool = new QComboBox(this);
    m_tool->setObjectName(u"lendTool"_s);
    m_quantity = new QSpinBox(this);
    m_quantity->setObjectName(u"lendQuantity"_s);
    m_quantity->setRange(0, 99);
    m_quantity->setValue(1);
    m_quantity->setPrefix(u"× "_s);
    toolRow->addWidget(m_tool, 1);
    toolRow->addWidget(m_quantity);
    auto* toolLabel = new QLabel(tr("&Tool:"), this);
    toolLabel->setBuddy(m_tool);
    form->addRow(toolLabel, toolRow);
    form->addRow(m_errors.add(u"tool"_s, m_tool, u"lendToolError"_s, this));
    form->addRow(m_errors.add(u"quantity"_s, m_quantity, u"lendQuantityError"_s, this));

    m_unit = new UnitPickerWidget(registry, this);
    m_unit->setObjectName(u"lendUnit"_s);
    form->addRow(tr("&Unit:"), m_unit);
    // QLabel moves the cursor only to a buddy that takes focus itself: the picker's text field.
    if (auto* unitLabel = qobject_cast<QLabel*>(form->labelForField(m_unit)))
        unitLabel->setBuddy(m_unit->edit());
    form->addRow(m_errors.add(u"unit"_s, m_unit->edit(), u"lendUnitError"_s, this));

    auto* who = new QHBoxLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"borrowerName"_s);
    m_name->setPlaceholderText(tr("borrower's name"));
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(u"borrowerPhone"_s);
    m_phone->setPlaceholderText(tr("phone, to call if not back today"));
    who->addWidget(m_name, 2);
    who->addWidget(m_phone, 3);
    auto* whoLabel = new QLabel(tr("&Borrower:"), this);
    whoLabel->setBuddy(m_name);
    form->addRow(whoLabel, who);
    form->addRow(m_errors.add(u"borrower_name"_s, m_name, u"borrowerNameError"_s, this));
    form->addRow(m_errors.add(u"borrower_phone"_s, m_phone, u"borrowerPhoneError"_s, this));

    m_deposit = new QLineEdit(this);
    m_deposit->setObjectName(u"depositNote"_s);
    m_deposit->setPlaceholderText(tr("optional, e.g. 押金 100 元"));
    form->addRow(tr("&Deposit:"), m_deposit);
    form->addRow(m_errors.add(u"deposit_note"_s, m_deposit, u"depositNoteError"_s, this));

    m_signature = new SignatureField(this);
    m_signature->setObjectName(u"lendSignature"_s);
    form->addRow(tr("Signature:"), m_signature);
    form->addRow(m_errors.add(u"signature"_s, m_signature, u"lendSignatureError"_s, this));
    form->addRow(m_errors.add({}, nullptr, u"lendFormError"_s, this));

    auto* buttons = new QHBoxLayout;
    m_done = new QLabel(this);
    m_done->setObjectName(u"lendDone"_s);
    m_done->setWordWrap(true);
    m_lend = new QPushButton(tr("L&end"), this);
    m_lend->setObjectName(u"lendButton"_s);
    buttons->addWidget(m_done, 1);
    buttons->addWidget(m_lend);
    form->addRow(buttons);
    connect(m_lend, &QPushButton::clicked, this, &ToolLendWidget::lend);
    // "Lent: …" was about the loan before: typing the next one takes it away.
    FormEdits::watch(this, m_done, [this] { m_done->clear(); });
}

void ToolLendWidget::setSession(const Session& session)
{
    m_session = session;
    m_unit->setSession(session);
    reloadTools();
}

void ToolLendWidget::reloadTools()
{
    const QVariant keep = m_tool->currentData();
    m_tool->clear();
    auto tools = m_tools.tools(false);
    if (!tools) {
        m_errors.show(tools.error());
        return;
    }
    for (const Tool& t : tools.value())
        m_tool->addItem(tr("%1 (%2) — %3 of %4 in").arg(t.name, t.code).arg(t.in()).arg(t.quantity), t.id);
    const int again = m_tool->findData(keep);
    m_tool->setCurrentIndex(again >= 0 ? again : 0);
}

void ToolLendWidget::chooseTool(qint64 toolId)
{
    const int row = m_tool->findData(toolId);
    if (row >= 0)
        m_tool->setCurrentIndex(row);
}

void ToolLendWidget::lend()
{
    if (!m_session)
        return;
    ToolLendRequest r;
    r.toolId = m_tool->currentData().toLongLong();
    r.quantity = m_quantity->value();
    r.unitId = m_unit->unitId();
    r.borrowerName = m_name->text();
    r.borrowerPhone = m_phone->text();
    r.depositNote = m_deposit->text();
    r.signature = m_signature->signature(m_name->text().trimmed());
    auto loan = m_tools.lend(*m_session, r);
    if (!loan) {
        m_errors.show(loan.error());
        m_done->clear();
        return;
    }
    clear();
    m_done->setText(tr("Lent: %1").arg(ToolService::loanLine(loan.value())));
    reloadTools();
    emit lent(loan.value().id);
}

void ToolLendWidget::clear()
{
    m_errors.clear();
    m_quantity->setValue(1);
    m_unit->clear();
    m_name->clear();
    m_phone->clear();
    m_deposit->clear();
    m_signature->clear();
    m_done->clear();
}

} // namespace fd
