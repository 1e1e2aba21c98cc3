#include "modules/intake/IntakeClassFieldsWidget.h"

#include "widgets/FormErrors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

QFormLayout* formOn(QWidget* page)
{
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return form;
}

} // namespace

IntakeClassFieldsWidget::IntakeClassFieldsWidget(QWidget* parent) : QWidget(parent), m_stack(new QStackedWidget(this))
{
    setObjectName(u"intakeClassFields"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    m_stack->addWidget(new QWidget(m_stack)); // no class chosen yet
    m_stack->addWidget(repairPage());
    m_stack->addWidget(complaintPage());
    m_stack->addWidget(requestPage());
    m_stack->addWidget(inquiryPage());
    m_stack->addWidget(otherPage());
    setReplyHours(24);
    updateInquiry();
}

QLabel* IntakeClassFieldsWidget::addError(const QString& field, QWidget* input, const QString& objectName)
{
    QLabel* label = FormErrors::makeLabel(objectName, this); // the page binds it to its FormErrors
    m_inputs.insert(field, input);
    m_errors.insert(field, label);
    return label;
}

QWidget* IntakeClassFieldsWidget::repairPage()
{
    auto* page = new QWidget(m_stack);
    auto* form = formOn(page);
    m_category = new QComboBox(page);
    m_category->setObjectName(u"intakeCategoryCombo"_s);
    m_category->setEditable(true);
    m_category->addItem(QString());
    for (const QString& c : {tr("Water"), tr("Electricity"), tr("Doors and locks"), tr("Lift"), tr("Public area"),
                             tr("Gas"), tr("Walls and ceilings"), tr("Other")})
        m_category->addItem(c);
    auto* caption = new QLabel(tr("Ca&tegory"), page);
    caption->setBuddy(m_category);
    form->addRow(caption, m_category);
    form->addRow(QString(), addError(u"category"_s, m_category, u"intakeCategoryError"_s));
    connect(m_category, &QComboBox::currentTextChanged, this, &IntakeClassFieldsWidget::edited);
    return page;
}

QWidget* IntakeClassFieldsWidget::complaintPage()
{
    auto* page = new QWidget(m_stack);
    auto* form = formOn(page);
    m_people = new QLineEdit(page);
    m_people->setObjectName(u"intakePeopleEdit"_s);
    m_people->setPlaceholderText(tr("Staff, departments or neighbours concerned"));
    m_asks = new QLineEdit(page);
    m_asks->setObjectName(u"intakeAsksEdit"_s);
    m_asks->setPlaceholderText(tr("What the customer wants done"));
    auto* people = new QLabel(tr("Peop&le involved"), page);
    people->setBuddy(m_people);
    auto* asks = new QLabel(tr("Customer &asks"), page);
    asks->setBuddy(m_asks);
    form->addRow(people, m_people);
    form->addRow(asks, m_asks);
    for (QLineEdit* edit : {m_people, m_asks})
        connect(edit, &QLineEdit::textChanged, this, &IntakeClassFieldsWidget::edited);
    return page;
}

QWidget* IntakeClassFieldsWidget::requestPage()
{
    auto* page = new QWidget(m_stack);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_requestDue = new QLabel(page);
    m_requestDue->setObjectName(u"intakeRequestDue"_s);
    m_requestDue->setWordWrap(true);
    layout->addWidget(m_requestDue);
    layout->addStretch();
    return page;
}

QWidget* IntakeClassFieldsWidget::inquiryPage()
{
    auto* page = new QWidget(m_stack);
    auto* form = formOn(page);
    m_answered = new QCheckBox(tr("Ans&wered now"), page);
    m_answered->setObjectName(u"intakeAnsweredCheck"_s);
    m_answered->setChecked(true);
    form->addRow(m_answered);
    m_answer = new QPlainTextEdit(page);
    m_answer->setObjectName(u"intakeAnswerEdit"_s);
    m_answer->setTabChangesFocus(true);
    m_answer->setPlaceholderText(tr("The answer given to the customer"));
    m_answer->setFixedHeight(m_answer->fontMetrics().lineSpacing() * 3 + 12);
    form->addRow(tr("Answer"), m_answer);
    form->addRow(QString(), addError(u"answer"_s, m_answer, u"intakeAnswerError"_s));

    m_contactBox = new QWidget(page);
    auto* contact = formOn(m_contactBox);
    m_contactName = new QLineEdit(m_contactBox);
    m_contactName->setObjectName(u"intakeContactNameEdit"_s);
    m_contactPhone = new QLineEdit(m_contactBox);
    m_contactPhone->setObjectName(u"intakeContactPhoneEdit"_s);
    m_contactPhone->setPlaceholderText(tr("Empty: the caller's number"));
    contact->addRow(tr("Contact name"), m_contactName);
    contact->addRow(tr("Contact &phone"), m_contactPhone);
    contact->addRow(QString(), addError(u"contact_phone"_s, m_contactPhone, u"intakeContactPhoneError"_s));
    m_inquiryDue = new QLabel(m_contactBox);
    m_inquiryDue->setObjectName(u"intakeInquiryDue"_s);
    m_inquiryDue->setWordWrap(true);
    contact->addRow(m_inquiryDue);
    form->addRow(m_contactBox);

    connect(m_answered, &QCheckBox::toggled, this, [this] {
        updateInquiry();
        emit edited();
    });
    connect(m_answer, &QPlainTextEdit::textChanged, this, &IntakeClassFieldsWidget::edited);
    for (QLineEdit* edit : {m_contactName, m_contactPhone})
        connect(edit, &QLineEdit::textChanged, this, &IntakeClassFieldsWidget::edited);
    return page;
}

QWidget* IntakeClassFieldsWidget::otherPage()
{
    auto* page = new QWidget(m_stack);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* text = new QLabel(tr("Logged in the daily-affairs register."), page);
    text->setWordWrap(true);
    layout->addWidget(text);
    layout->addStretch();
    return page;
}

void IntakeClassFieldsWidget::updateInquiry()
{
    // R-IN-5: what the clerk cannot answer keeps the customer's contact and owes a reply.
    const bool answered = m_answered->isChecked();
    m_answer->setEnabled(answered);
    m_contactBox->setVisible(!answered);
}

void IntakeClassFieldsWidget::setReplyHours(int hours)
{
    m_requestDue->setText(tr("A reply is owed within %n hour(s) (R-IN-4).", nullptr, hours));
    m_inquiryDue->setText(tr("The reply is owed within %n hour(s); the ticket reminds the desk.", nullptr, hours));
}

void IntakeClassFieldsWidget::setClass(std::optional<IntakeClass> c)
{
    m_stack->setCurrentIndex(c ? static_cast<int>(*c) + 1 : 0);
}

void IntakeClassFieldsWidget::load(const IntakeForm& f)
{
    const QSignalBlocker blockCategory(m_category);
    m_category->setCurrentText(f.category);
    m_people->setText(f.peopleInvolved);
    m_asks->setText(f.customerAsks);
    m_answered->setChecked(f.answeredNow);
    m_answer->setPlainText(f.answer);
    m_contactName->setText(f.contactName);
    m_contactPhone->setText(f.contactPhone);
    setClass(f.intakeClass);
    updateInquiry();
}

void IntakeClassFieldsWidget::fill(IntakeForm& f) const
{
    f.category = m_category->currentText();
    f.peopleInvolved = m_people->text();
    f.customerAsks = m_asks->text();
    f.answeredNow = m_answered->isChecked();
    f.answer = m_answer->toPlainText();
    f.contactName = m_contactName->text();
    f.contactPhone = m_contactPhone->text();
}

void IntakeClassFieldsWidget::clear()
{
    load(IntakeForm{});
    for (QLabel* label : std::as_const(m_errors))
        label->hide();
}

} // namespace fd
