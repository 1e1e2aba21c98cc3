#pragma once

#include "modules/intake/IntakeForm.h"

#include <QWidget>

#include <memory>

class QLabel;

namespace Ui {
class IntakeInquiryWidget;
}

namespace fd {

// R-IN-5 on the intake form: an inquiry answered now (the answer), referred to the department head
// (department, head, and the head's answer if given while the customer waits), or — the head being
// absent — the customer's contact kept for the reply owed.
class IntakeInquiryWidget : public QWidget
{
    Q_OBJECT

public:
    explicit IntakeInquiryWidget(QWidget* parent = nullptr);
    ~IntakeInquiryWidget() override;

    void load(const IntakeForm& form);
    void fill(IntakeForm& form) const;
    [[nodiscard]] InquiryRoute route() const;

    // The input and the error label for a service field name (answer, refer_department, head_name,
    // contact_phone); null for others.
    [[nodiscard]] QWidget* input(const QString& field) const;
    [[nodiscard]] QLabel* errorLabel(const QString& field) const;

signals:
    void edited();
    void routeChanged();

private:
    void updateRoute();

    std::unique_ptr<Ui::IntakeInquiryWidget> m_ui;
};

} // namespace fd
