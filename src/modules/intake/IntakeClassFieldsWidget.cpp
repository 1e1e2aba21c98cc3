#include "modules/intake/IntakeClassFieldsWidget.h"

#include "modules/intake/IntakeInquiryWidget.h"
#include "modules/intake/IntakePromiseWidget.h"
#include "widgets/FormErrors.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
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
    m_promise = new IntakePromiseWidget(this);
    m_promise->setObjectName(u"intakePromise"_s);
    layout->addWidget(m_promise);
    connect(m_promise, &IntakePromiseWidget::edited, this, &IntakeClassFieldsWidget::edited);
    setReplyHours(24);
    updatePromise();
}

QStringList IntakeClassFieldsWidget::fields()
{
    return {u"category"_s, u"answer"_s, u"refer_department"_s, u"head_name"_s, u"contact_phone"_s, u"promised"_s};
}

QWidget* IntakeClassFieldsWidget::input(const QString& field) const
{
    if (field == u"promised")
        return m_promise->input();
    if (QWidget* w = m_inquiry->input(field))
        return w;
    return m_inputs.value(field);
}

QLabel* IntakeClassFieldsWidget::errorLabel(const QString& field) const
{
    if (field == u"promised")
        return m_promise->errorLabel();
    if (QLabel* l = m_inquiry->errorLabel(field))
        return l;
    return m_errors.value(field);
}

void IntakeClassFieldsWidget::setClock(const Clock* clock)
{
    m_promise->setClock(clock);
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
    auto* people = new QLabel(tr("&People involved"), page);
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
    // R-IN-4: the reply owed, and the time promised, are in the promise widget under the pages.
    auto* page = new QWidget(m_stack);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addStretch();
    return page;
}

QWidget* IntakeClassFieldsWidget::inquiryPage()
{
    m_inquiry = new IntakeInquiryWidget(m_stack);
    connect(m_inquiry, &IntakeInquiryWidget::edited, this, &IntakeClassFieldsWidget::edited);
    connect(m_inquiry, &IntakeInquiryWidget::routeChanged, this, &IntakeClassFieldsWidget::updatePromise);
    return m_inquiry;
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

void IntakeClassFieldsWidget::updatePromise()
{
    // R-IN-4: a promise is recorded wherever a reply is owed: a request, an inquiry not answered now.
    IntakeForm f;
    f.intakeClass = m_class;
    f.inquiryRoute = m_inquiry->route();
    m_promise->setVisible(f.intakeClass == IntakeClass::Request ||
                          (f.intakeClass == IntakeClass::Inquiry && f.inquiryRoute != InquiryRoute::AnsweredNow));
}

void IntakeClassFieldsWidget::setReplyHours(int hours)
{
    m_promise->setReplyHours(hours);
}

void IntakeClassFieldsWidget::setClass(std::optional<IntakeClass> c)
{
    m_class = c;
    m_stack->setCurrentIndex(c ? static_cast<int>(*c) + 1 : 0);
    updatePromise();
}

void IntakeClassFieldsWidget::load(const IntakeForm& f)
{
    const QSignalBlocker blockCategory(m_category);
    // The index follows the text: an emptied form is back on the blank first item, so the same keys
    // choose the same category on the next ticket (an editable combo keeps its old index otherwise).
    const int index = m_category->findText(f.category);
    m_category->setCurrentIndex(index >= 0 ? index : 0);
    if (index < 0)
        m_category->setEditText(f.category);
    m_people->setText(f.peopleInvolved);
    m_asks->setText(f.customerAsks);
    m_inquiry->load(f);
    m_promise->load(f.promisedReplyMs);
    setClass(f.intakeClass);
}

void IntakeClassFieldsWidget::fill(IntakeForm& f) const
{
    f.category = m_category->currentText();
    f.peopleInvolved = m_people->text();
    f.customerAsks = m_asks->text();
    m_inquiry->fill(f);
    f.promisedReplyMs = m_promise->value();
}

void IntakeClassFieldsWidget::clear()
{
    load(IntakeForm{});
    for (const QString& field : fields())
        if (QLabel* label = errorLabel(field))
            label->hide();
}

} // namespace fd
