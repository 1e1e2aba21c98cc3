#include "modules/repairs/ReturnDialog.h"

#include "modules/repairs/RepairDisplay.h"
#include "modules/repairs/RepairService.h"

#include "ui_ReturnDialog.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace fd {

ReturnDialog::ReturnDialog(RepairService& repairs, const Session& who, const Ticket& ticket, const QString& technician,
                           QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui_ReturnDialog>()), m_repairs(repairs), m_who(who), m_ticket(ticket)
{
    m_ui->setupUi(this);
    setObjectName(u"returnDialog"_s);
    setWindowTitle(tr("Order back: %1").arg(ticket.number));
    m_ui->technician->setText(technician);
    m_errors.bind(u"result"_s, m_ui->result, m_ui->resultError);
    m_errors.bind(u"technician"_s, m_ui->technician, m_ui->technicianError);
    m_errors.bind(u"minutes"_s, m_ui->minutes, m_ui->minutesError);
    m_errors.bind(u"charge"_s, m_ui->charge, m_ui->chargeError);
    m_errors.setFallback(m_ui->formError);

    auto* save = m_ui->buttonBox->addButton(tr("Record r&eturn"), QDialogButtonBox::AcceptRole);
    save->setObjectName(u"recordReturn"_s);
    save->setDefault(true);
    // Issue 16: refused because another desk changed the ticket meanwhile: read it again, submit the same.
    m_reload = new ReloadAndApply(
        m_ui->reloadButton, ReloadAndApply::rereading(m_ticket, m_find), [this] { submit(); }, this);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ReturnDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(480, sizeHint().height());
}

ReturnDialog::~ReturnDialog() = default;

void ReturnDialog::setReload(std::function<Result<Ticket>(qint64)> find)
{
    m_find = std::move(find);
}

void ReturnDialog::submit()
{
    qint64 chargeFen = 0;
    if (!RepairDisplay::parseYuan(m_ui->charge->text(), &chargeFen)) {
        m_errors.show(Error{u"repair.charge"_s, tr("Write the charge in yuan, e.g. 150 or 35.50."), u"charge"_s});
        m_ui->charge->setFocus();
        return;
    }
    RepairReturn details{m_ui->technician->text(), m_ui->materials->text(), m_ui->minutes->value(), chargeFen,
                         m_ui->result->toPlainText()};
    auto done = m_repairs.recordReturn(m_who, m_ticket, details);
    if (!done) {
        m_errors.show(done.error());
        m_reload->offer(done.error());
        return;
    }
    m_ticket = done.value();
    accept();
}

} // namespace fd
