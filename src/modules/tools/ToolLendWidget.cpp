#include "modules/tools/ToolLendWidget.h"

#include "modules/registry/UnitPickerWidget.h"
#include "modules/tools/ToolService.h"
#include "widgets/FormEdits.h"
#include "widgets/SignatureField.h"
#include "widgets/TabOrder.h"

#include "ui_ToolLendWidget.h"

using namespace Qt::StringLiterals;

namespace fd {

ToolLendWidget::ToolLendWidget(ToolService& tools, RegistryService& registry, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui_ToolLendWidget>()), m_tools(tools)
{
    m_ui->setupUi(this);
    setObjectName(u"toolLendWidget"_s);
    m_errors.bind(u"tool"_s, m_ui->lendTool, m_ui->lendToolError);
    m_errors.bind(u"quantity"_s, m_ui->lendQuantity, m_ui->lendQuantityError);

    // The unit picker needs the registry: made here, into the row left for it, after the quantity on Tab.
    m_unit = new UnitPickerWidget(registry, this);
    m_unit->setObjectName(u"lendUnit"_s);
    m_ui->form->setWidget(3, QFormLayout::FieldRole, m_unit);
    TabOrder::placeAfter(m_ui->lendQuantity, m_unit);
    // QLabel moves the cursor only to a buddy that takes focus itself: the picker's text field.
    m_ui->lendUnitCaption->setBuddy(m_unit->edit());
    m_errors.bind(u"unit"_s, m_unit->edit(), m_ui->lendUnitError);

    m_errors.bind(u"borrower_name"_s, m_ui->borrowerName, m_ui->borrowerNameError);
    m_errors.bind(u"borrower_phone"_s, m_ui->borrowerPhone, m_ui->borrowerPhoneError);
    m_errors.bind(u"deposit_note"_s, m_ui->depositNote, m_ui->depositNoteError);
    m_errors.bind(u"signature"_s, m_ui->lendSignature, m_ui->lendSignatureError);
    m_errors.setFallback(m_ui->lendFormError);

    connect(m_ui->lendButton, &QPushButton::clicked, this, &ToolLendWidget::lend);
    // "Lent: …" was about the loan before: typing the next one takes it away.
    FormEdits::watch(this, m_ui->lendDone, [this] { m_ui->lendDone->clear(); });
}

ToolLendWidget::~ToolLendWidget() = default;

SignatureField* ToolLendWidget::signatureField() const
{
    return m_ui->lendSignature;
}

void ToolLendWidget::setSession(const Session& session)
{
    m_session = session;
    m_unit->setSession(session);
    reloadTools();
}

void ToolLendWidget::reloadTools()
{
    const QVariant keep = m_ui->lendTool->currentData();
    m_ui->lendTool->clear();
    auto tools = m_tools.tools(false);
    if (!tools) {
        m_errors.show(tools.error());
        return;
    }
    for (const Tool& t : tools.value())
        m_ui->lendTool->addItem(tr("%1 (%2) — %3 of %4 in").arg(t.name, t.code).arg(t.in()).arg(t.quantity), t.id);
    // The tool chosen stays chosen; one retired meanwhile (at another desk) leaves nothing chosen
    // rather than quietly another tool.
    const int again = m_ui->lendTool->findData(keep);
    m_ui->lendTool->setCurrentIndex(again >= 0 ? again : keep.isValid() ? -1 : 0);
}

void ToolLendWidget::chooseTool(qint64 toolId)
{
    const int row = m_ui->lendTool->findData(toolId);
    if (row >= 0)
        m_ui->lendTool->setCurrentIndex(row);
}

void ToolLendWidget::lend()
{
    if (!m_session)
        return;
    ToolLendRequest r;
    r.toolId = m_ui->lendTool->currentData().toLongLong();
    r.quantity = m_ui->lendQuantity->value();
    r.unitId = m_unit->unitId();
    r.borrowerName = m_ui->borrowerName->text();
    r.borrowerPhone = m_ui->borrowerPhone->text();
    r.depositNote = m_ui->depositNote->text();
    r.signature = m_ui->lendSignature->signature(m_ui->borrowerName->text().trimmed());
    auto loan = m_tools.lend(*m_session, r);
    if (!loan) {
        m_errors.show(loan.error());
        m_ui->lendDone->clear();
        return;
    }
    clear();
    m_ui->lendDone->setText(tr("Lent: %1").arg(ToolService::loanLine(loan.value())));
    reloadTools();
    emit lent(loan.value().id);
}

void ToolLendWidget::clear()
{
    m_errors.clear();
    m_ui->lendQuantity->setValue(1);
    m_unit->clear();
    m_ui->borrowerName->clear();
    m_ui->borrowerPhone->clear();
    m_ui->depositNote->clear();
    m_ui->lendSignature->clear();
    m_ui->lendDone->clear();
}

} // namespace fd
