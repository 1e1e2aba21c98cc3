#pragma once

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;

namespace Ui {
class IntakePromiseWidget;
}

namespace fd {

class Clock;

// R-IN-4 on the intake form: the reply a request (or an inquiry not answered at once) is owed, within
// the site's reply hours, or by the time the clerk promised the customer (a date and time, checked
// by the service: a time already past is refused next to this field).
class IntakePromiseWidget : public QWidget
{
    Q_OBJECT

public:
    explicit IntakePromiseWidget(QWidget* parent = nullptr);
    ~IntakePromiseWidget() override;

    void setClock(const Clock* clock) { m_clock = clock; }
    void setReplyHours(int hours);
    void load(std::optional<qint64> promisedMs);
    [[nodiscard]] std::optional<qint64> value() const;

    [[nodiscard]] QWidget* input() const;
    [[nodiscard]] QLabel* errorLabel() const;

signals:
    void edited();

private:
    void checked(bool on);

    std::unique_ptr<Ui::IntakePromiseWidget> m_ui;
    const Clock* m_clock = nullptr;
    int m_hours = 24;
};

} // namespace fd
