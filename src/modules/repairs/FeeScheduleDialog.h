#pragma once

#include "widgets/FormErrors.h"

#include "engine/Session.h"
#include "modules/repairs/RepairTypes.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace fd {

class ReloadAndApply;
class RepairService;
struct Error;

// 有偿服务项目及收费标准: the administrator adds items, changes prices and switches items off
// (never deletes them, R-RP-1). Other roles see the list read-only; the service refuses their edits.
class FeeScheduleDialog : public QDialog
{
    Q_OBJECT

public:
    FeeScheduleDialog(RepairService& repairs, const Session& who, QWidget* parent = nullptr);

public slots:
    void save();
    void newItem();

private:
    void reload(qint64 selectId = 0);
    void showItem(int row);

    RepairService& m_repairs;
    Session m_who;
    QList<FeeItem> m_items;
    FeeItem m_editing; // as stored when last read (read again by "Reload and apply again")
    FeeItem m_shown;   // as the form showed it: what differs from it is this person's change
    FormErrors m_errors;
    QTableWidget* m_table;
    QLineEdit* m_code;
    QLineEdit* m_name;
    QLineEdit* m_unit;
    QLineEdit* m_price;
    QCheckBox* m_active;
    QPushButton* m_save;
    ReloadAndApply* m_reload = nullptr; // issue 16: another manager saved the item meanwhile
};

} // namespace fd
