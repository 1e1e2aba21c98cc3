#include "modules/intake/IntakeInquiryWidget.h"

#include "widgets/FormErrors.h"

#include "ui_IntakeInquiryWidget.h"

using namespace Qt::StringLiterals;

namespace fd {

IntakeInquiryWidget::IntakeInquiryWidget(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::IntakeInquiryWidget>())
{
    m_ui->setupUi(this);
    for (QLabel* label : {m_ui->intakeAnswerError, m_ui->intakeReferDepartmentError, m_ui->intakeHeadNameError,
                          m_ui->intakeContactPhoneError})
        FormErrors::style(label);
    for (QPlainTextEdit* edit : {m_ui->intakeAnswerEdit, m_ui->intakeHeadAnswerEdit}) {
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
        connect(edit, &QPlainTextEdit::textChanged, this, &IntakeInquiryWidget::edited);
    }
    for (QRadioButton* radio : {m_ui->intakeAnsweredRadio, m_ui->intakeReferredRadio, m_ui->intakeHeadAbsentRadio})
        connect(radio, &QRadioButton::toggled, this, [this](bool on) {
            if (!on)
                return;
            updateRoute();
            emit routeChanged();
            emit edited();
        });
    for (QLineEdit* edit : {m_ui->intakeHeadNameEdit, m_ui->intakeContactNameEdit, m_ui->intakeContactPhoneEdit})
        connect(edit, &QLineEdit::textChanged, this, &IntakeInquiryWidget::edited);
    connect(m_ui->intakeReferDepartmentCombo, &QComboBox::currentTextChanged, this, &IntakeInquiryWidget::edited);
    updateRoute();
}

IntakeInquiryWidget::~IntakeInquiryWidget() = default;

InquiryRoute IntakeInquiryWidget::route() const
{
    if (m_ui->intakeReferredRadio->isChecked())
        return InquiryRoute::Referred;
    if (m_ui->intakeHeadAbsentRadio->isChecked())
        return InquiryRoute::HeadAbsent;
    return InquiryRoute::AnsweredNow;
}

void IntakeInquiryWidget::updateRoute()
{
    const InquiryRoute r = route();
    m_ui->answerBox->setVisible(r == InquiryRoute::AnsweredNow);
    m_ui->referBox->setVisible(r == InquiryRoute::Referred);
    m_ui->contactBox->setVisible(r == InquiryRoute::HeadAbsent);
}

QWidget* IntakeInquiryWidget::input(const QString& field) const
{
    if (field == u"answer")
        return m_ui->intakeAnswerEdit;
    if (field == u"refer_department")
        return m_ui->intakeReferDepartmentCombo;
    if (field == u"head_name")
        return m_ui->intakeHeadNameEdit;
    if (field == u"contact_phone")
        return m_ui->intakeContactPhoneEdit;
    return nullptr;
}

QLabel* IntakeInquiryWidget::errorLabel(const QString& field) const
{
    if (field == u"answer")
        return m_ui->intakeAnswerError;
    if (field == u"refer_department")
        return m_ui->intakeReferDepartmentError;
    if (field == u"head_name")
        return m_ui->intakeHeadNameError;
    if (field == u"contact_phone")
        return m_ui->intakeContactPhoneError;
    return nullptr;
}

void IntakeInquiryWidget::load(const IntakeForm& f)
{
    const QSignalBlocker block(this);
    QRadioButton* radio = f.inquiryRoute == InquiryRoute::Referred     ? m_ui->intakeReferredRadio
                          : f.inquiryRoute == InquiryRoute::HeadAbsent ? m_ui->intakeHeadAbsentRadio
                                                                       : m_ui->intakeAnsweredRadio;
    radio->setChecked(true);
    m_ui->intakeAnswerEdit->setPlainText(f.answer);
    m_ui->intakeReferDepartmentCombo->setCurrentText(f.referDepartment);
    m_ui->intakeHeadNameEdit->setText(f.headName);
    m_ui->intakeHeadAnswerEdit->setPlainText(f.headAnswer);
    m_ui->intakeContactNameEdit->setText(f.contactName);
    m_ui->intakeContactPhoneEdit->setText(f.contactPhone);
    updateRoute();
}

void IntakeInquiryWidget::fill(IntakeForm& f) const
{
    f.inquiryRoute = route();
    f.answer = m_ui->intakeAnswerEdit->toPlainText();
    f.referDepartment = m_ui->intakeReferDepartmentCombo->currentText();
    f.headName = m_ui->intakeHeadNameEdit->text();
    f.headAnswer = m_ui->intakeHeadAnswerEdit->toPlainText();
    f.contactName = m_ui->intakeContactNameEdit->text();
    f.contactPhone = m_ui->intakeContactPhoneEdit->text();
}

} // namespace fd
