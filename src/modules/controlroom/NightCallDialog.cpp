#include "modules/controlroom/NightCallDialog.h"

#include "engine/shifts/ControlRoomService.h"
#include "modules/controlroom/NightCallText.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace fd {

NightCallDialog::NightCallDialog(ControlRoomService& calls, const Session& who, const ControlRoomCall& call, Step step,
                                 const QString& unitCode, QWidget* parent)
    : QDialog(parent), m_calls(calls), m_who(who), m_call(call), m_step(step), m_first(new QLineEdit(this))
{
    setObjectName(u"nightCallDialog"_s);
    setWindowTitle(step == Step::Dispatch ? tr("Dispatch directly") : tr("Record return"));
    setMinimumWidth(440);
    auto* grid = new QGridLayout(this);
    grid->setVerticalSpacing(4);
    grid->setColumnStretch(1, 1);
    auto* about = new QLabel(NightCallText::summary(call, unitCode), this);
    about->setObjectName(u"nightCallSummary"_s);
    about->setWordWrap(true);
    about->setTextFormat(Qt::PlainText);
    grid->addWidget(about, 0, 0, 1, 2);
    const auto addRow = [&](const QString& caption, QLineEdit* input, const QString& name, const QString& field) {
        const int row = grid->rowCount();
        input->setObjectName(name + u"Edit"_s);
        auto* label = new QLabel(caption, this);
        label->setBuddy(input);
        grid->addWidget(label, row, 0);
        grid->addWidget(input, row, 1);
        QLabel* error = FormErrors::makeLabel(name + u"Error"_s, this);
        grid->addWidget(error, row + 1, 1);
        m_errors.bind(field, input, error);
    };
    if (step == Step::Dispatch) {
        m_second = new QLineEdit(this);
        addRow(tr("&Department"), m_first, u"dispatchDepartment"_s, u"department"_s);
        m_first->setPlaceholderText(tr("e.g. Engineering"));
        addRow(tr("&Technician"), m_second, u"dispatchTechnician"_s, u"technician"_s);
    } else {
        addRow(tr("&What was done"), m_first, u"returnResult"_s, u"result"_s);
        if (!call.technician.isEmpty())
            m_first->setPlaceholderText(tr("What %1 did, e.g. replaced the pipe").arg(call.technician));
    }
    QLabel* formError = FormErrors::makeLabel(u"nightCallDialogError"_s, this);
    m_errors.setFallback(formError);
    grid->addWidget(formError, grid->rowCount(), 0, 1, 2);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"nightCallSaveButton"_s);
    buttons->button(QDialogButtonBox::Ok)->setText(step == Step::Dispatch ? tr("Dispatc&h") : tr("&Save return"));
    grid->addWidget(buttons, grid->rowCount(), 0, 1, 2);
    connect(buttons, &QDialogButtonBox::accepted, this, &NightCallDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void NightCallDialog::save()
{
    m_errors.clear();
    auto done = m_step == Step::Dispatch
                    ? m_calls.recordDirectDispatch(m_who, m_call.id, m_first->text(), m_second->text())
                    : m_calls.recordReturn(m_who, m_call.id, m_first->text());
    if (!done) {
        m_errors.show(done.error());
        return;
    }
    emit saved(done.value());
    accept();
}

} // namespace fd
