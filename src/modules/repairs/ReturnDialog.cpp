#include "modules/repairs/ReturnDialog.h"

#include "modules/repairs/RepairDisplay.h"
#include "modules/repairs/RepairService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd {

ReturnDialog::ReturnDialog(RepairService& repairs, const Session& who, const Ticket& ticket, const QString& technician,
                           QWidget* parent)
    : QDialog(parent), m_repairs(repairs), m_who(who), m_ticket(ticket)
{
    setObjectName(u"returnDialog"_s);
    setWindowTitle(tr("Order back: %1").arg(ticket.number));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    m_result = new QPlainTextEdit(this);
    m_result->setObjectName(u"result"_s);
    m_result->setPlaceholderText(tr("What was done, as the technician reports it"));
    m_result->setTabChangesFocus(true);
    m_result->setMaximumHeight(80);
    form->addRow(tr("&Result"), m_result);
    form->addRow(QString(), m_errors.add(u"result"_s, m_result, u"resultError"_s, this));
    m_technician = new QLineEdit(technician, this);
    m_technician->setObjectName(u"technician"_s);
    form->addRow(tr("Done &by"), m_technician);
    form->addRow(QString(), m_errors.add(u"technician"_s, m_technician, u"technicianError"_s, this));
    m_materials = new QLineEdit(this);
    m_materials->setObjectName(u"materials"_s);
    form->addRow(tr("&Materials"), m_materials);
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(u"minutes"_s);
    m_minutes->setRange(0, 24 * 60);
    m_minutes->setSuffix(tr(" min"));
    form->addRow(tr("&Time spent"), m_minutes);
    form->addRow(QString(), m_errors.add(u"minutes"_s, m_minutes, u"minutesError"_s, this));
    m_charge = new QLineEdit(u"0"_s, this);
    m_charge->setObjectName(u"charge"_s);
    m_charge->setPlaceholderText(tr("Yuan, e.g. 150 or 35.50"));
    form->addRow(tr("C&harged (yuan)"), m_charge);
    form->addRow(QString(), m_errors.add(u"charge"_s, m_charge, u"chargeError"_s, this));
    layout->addWidget(m_errors.add(QString(), nullptr, u"formError"_s, this));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* save = buttons->addButton(tr("Record r&eturn"), QDialogButtonBox::AcceptRole);
    save->setObjectName(u"recordReturn"_s);
    save->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReturnDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(480, sizeHint().height());
}

void ReturnDialog::submit()
{
    qint64 chargeFen = 0;
    if (!RepairDisplay::parseYuan(m_charge->text(), &chargeFen)) {
        m_errors.show(Error{u"repair.charge"_s, tr("Write the charge in yuan, e.g. 150 or 35.50."), u"charge"_s});
        m_charge->setFocus();
        return;
    }
    RepairReturn details{m_technician->text(), m_materials->text(), m_minutes->value(), chargeFen,
                         m_result->toPlainText()};
    auto done = m_repairs.recordReturn(m_who, m_ticket, details);
    if (!done) {
        m_errors.show(done.error());
        return;
    }
    m_ticket = done.value();
    accept();
}

} // namespace fd
