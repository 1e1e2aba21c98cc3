#include "modules/intake/IntakePromiseWidget.h"

#include "core/Clock.h"
#include "widgets/FormErrors.h"

#include "ui_IntakePromiseWidget.h"

#include <QDateTime>

namespace fd {

IntakePromiseWidget::IntakePromiseWidget(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::IntakePromiseWidget>())
{
    m_ui->setupUi(this);
    FormErrors::style(m_ui->intakePromisedError);
    connect(m_ui->intakePromisedCheck, &QCheckBox::toggled, this, &IntakePromiseWidget::checked);
    connect(m_ui->intakePromisedEdit, &QDateTimeEdit::dateTimeChanged, this, &IntakePromiseWidget::edited);
    setReplyHours(m_hours);
}

IntakePromiseWidget::~IntakePromiseWidget() = default;

QWidget* IntakePromiseWidget::input() const
{
    return m_ui->intakePromisedEdit;
}

QLabel* IntakePromiseWidget::errorLabel() const
{
    return m_ui->intakePromisedError;
}

void IntakePromiseWidget::setReplyHours(int hours)
{
    m_hours = hours;
    m_ui->intakeReplyDue->setText(
        tr("A reply is owed within %n hour(s), or by the time promised to the customer (R-IN-4).", nullptr, hours));
}

void IntakePromiseWidget::checked(bool on)
{
    m_ui->intakePromisedEdit->setEnabled(on);
    if (on) { // suggest the usual limit, to the minute; the clerk sets what was agreed
        const qint64 now = m_clock ? m_clock->nowMs() : m_ui->intakePromisedEdit->dateTime().toMSecsSinceEpoch();
        const qint64 suggested = (now / 60'000) * 60'000 + qint64(m_hours) * 3'600'000;
        const QSignalBlocker block(m_ui->intakePromisedEdit);
        m_ui->intakePromisedEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(suggested));
        m_ui->intakePromisedEdit->setFocus(Qt::OtherFocusReason);
    }
    emit edited();
}

void IntakePromiseWidget::load(std::optional<qint64> promisedMs)
{
    const QSignalBlocker blockCheck(m_ui->intakePromisedCheck);
    const QSignalBlocker blockEdit(m_ui->intakePromisedEdit);
    m_ui->intakePromisedCheck->setChecked(promisedMs.has_value());
    m_ui->intakePromisedEdit->setEnabled(promisedMs.has_value());
    if (promisedMs)
        m_ui->intakePromisedEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(*promisedMs));
}

std::optional<qint64> IntakePromiseWidget::value() const
{
    if (!m_ui->intakePromisedCheck->isChecked())
        return std::nullopt;
    return m_ui->intakePromisedEdit->dateTime().toMSecsSinceEpoch();
}

} // namespace fd
