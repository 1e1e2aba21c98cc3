#pragma once

#include "modules/intake/IntakeService.h"

#include <QGroupBox>

class QLabel;
class QListWidget;

namespace fd {

// Beside the intake form: the customer's latest tickets (at most IntakeService::HistoryLimit, so a
// plain list widget, no lazy model), two lines each and the note the next clerk must see (R-CP-10).
class IntakeHistoryWidget : public QGroupBox
{
    Q_OBJECT

public:
    explicit IntakeHistoryWidget(QWidget* parent = nullptr);

    void showHistory(const QString& who, const IntakeHistory& history);
    void showError(const QString& message);
    void clear();
    [[nodiscard]] int rowCount() const;

private:
    QLabel* m_who;
    QLabel* m_note;
    QListWidget* m_list;
};

} // namespace fd
