#pragma once

#include "modules/intake/IntakeForm.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;

namespace fd {

// The fields each intake class adds, shown in place under the class choice: repair → category;
// complaint → people involved and what the customer asks (R-CP-1); request → the reply owed (R-IN-4);
// inquiry → answered now, else the contact kept and the reply owed (R-IN-5). Every class keeps its
// own widgets, so switching class back and forth loses nothing typed.
class IntakeClassFieldsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit IntakeClassFieldsWidget(QWidget* parent = nullptr);

    void setClass(std::optional<IntakeClass> intakeClass);
    // How long a reply may take (R-IN-4), shown with requests and unanswered inquiries.
    void setReplyHours(int hours);
    void load(const IntakeForm& form);
    void fill(IntakeForm& form) const;
    void clear();

    // The input and the error label for a service field name (category, answer, contact_phone).
    [[nodiscard]] QWidget* input(const QString& field) const { return m_inputs.value(field); }
    [[nodiscard]] QLabel* errorLabel(const QString& field) const { return m_errors.value(field); }

signals:
    void edited();

private:
    QWidget* repairPage();
    QWidget* complaintPage();
    QWidget* requestPage();
    QWidget* inquiryPage();
    QWidget* otherPage();
    QLabel* addError(const QString& field, QWidget* input, const QString& objectName);
    void updateInquiry();

    QStackedWidget* m_stack;
    QComboBox* m_category = nullptr;
    QLineEdit* m_people = nullptr;
    QLineEdit* m_asks = nullptr;
    QLabel* m_requestDue = nullptr;
    QCheckBox* m_answered = nullptr;
    QPlainTextEdit* m_answer = nullptr;
    QWidget* m_contactBox = nullptr;
    QLineEdit* m_contactName = nullptr;
    QLineEdit* m_contactPhone = nullptr;
    QLabel* m_inquiryDue = nullptr;
    QHash<QString, QWidget*> m_inputs;
    QHash<QString, QLabel*> m_errors;
};

} // namespace fd
