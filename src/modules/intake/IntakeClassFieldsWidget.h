#pragma once

#include "modules/intake/IntakeForm.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace fd {

class Clock;
class IntakeInquiryWidget;
class IntakePromiseWidget;

// The fields each intake class adds, shown in place under the class choice: repair → category;
// complaint → people involved and what the customer asks (R-CP-1); request → the reply owed (R-IN-4);
// inquiry → answered now, referred to the department head, or the head absent and the contact kept
// (R-IN-5, IntakeInquiryWidget). Under them, whenever a reply is owed, the time promised to the
// customer (R-IN-4, IntakePromiseWidget). Every class keeps its own widgets, so switching class back
// and forth loses nothing typed.
class IntakeClassFieldsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit IntakeClassFieldsWidget(QWidget* parent = nullptr);

    void setClass(std::optional<IntakeClass> intakeClass);
    // How long a reply may take (R-IN-4), shown with requests and unanswered inquiries.
    void setReplyHours(int hours);
    void setClock(const Clock* clock);
    void load(const IntakeForm& form);
    void fill(IntakeForm& form) const;
    void clear();

    // The service field names this widget shows errors for, and their inputs and error labels.
    [[nodiscard]] static QStringList fields();
    [[nodiscard]] QWidget* input(const QString& field) const;
    [[nodiscard]] QLabel* errorLabel(const QString& field) const;

signals:
    void edited();

private:
    QWidget* repairPage();
    QWidget* complaintPage();
    QWidget* requestPage();
    QWidget* inquiryPage();
    QWidget* otherPage();
    QLabel* addError(const QString& field, QWidget* input, const QString& objectName);
    void updatePromise();

    QStackedWidget* m_stack;
    QComboBox* m_category = nullptr;
    QLineEdit* m_people = nullptr;
    QLineEdit* m_asks = nullptr;
    IntakeInquiryWidget* m_inquiry = nullptr;
    IntakePromiseWidget* m_promise = nullptr;
    std::optional<IntakeClass> m_class;
    QHash<QString, QWidget*> m_inputs;
    QHash<QString, QLabel*> m_errors;
};

} // namespace fd
