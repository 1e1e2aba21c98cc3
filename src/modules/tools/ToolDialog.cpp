#include "modules/tools/ToolDialog.h"

#include "modules/tools/ToolService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace fd {

ToolDialog::ToolDialog(ToolService& tools, const Session& session, QWidget* parent)
    : QDialog(parent), m_tools(tools), m_session(session)
{
    setObjectName(u"toolDialog"_s);
    setWindowTitle(tr("Add a tool"));
    auto* form = new QFormLayout(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"toolName"_s);
    m_name->setPlaceholderText(tr("e.g. 梯子, 电钻, 扳手套装"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(m_errors.add(u"name"_s, m_name, u"toolNameError"_s, this));
    m_code = new QLineEdit(this);
    m_code->setObjectName(u"toolCode"_s);
    m_code->setPlaceholderText(tr("e.g. T-01"));
    form->addRow(tr("&Code:"), m_code);
    form->addRow(m_errors.add(u"code"_s, m_code, u"toolCodeError"_s, this));
    m_quantity = new QSpinBox(this);
    m_quantity->setObjectName(u"toolQuantity"_s);
    m_quantity->setRange(0, 999);
    m_quantity->setValue(1);
    form->addRow(tr("How &many the desk has:"), m_quantity);
    form->addRow(m_errors.add(u"quantity"_s, m_quantity, u"toolQuantityError"_s, this));
    form->addRow(m_errors.add({}, nullptr, u"toolFormError"_s, this));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveTool"_s);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ToolDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ToolDialog::save()
{
    auto saved = m_tools.addTool(m_session, m_name->text(), m_code->text(), m_quantity->value());
    if (!saved) {
        m_errors.show(saved.error());
        return;
    }
    m_errors.clear();
    m_result = saved.value();
    accept();
}

} // namespace fd
