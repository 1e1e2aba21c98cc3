#pragma once

#include "engine/Session.h"
#include "widgets/FormErrors.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace fd {

class Clock;
class MinuteTick;
class ParcelListModel;
class ParcelReceiveWidget;
class ParcelService;
class RegistryService;
class SignatureField;

// 报刊邮件、快递 (R-PS-4): receive a courier's batch (first tab); the parcels waiting, grouped by unit
// with their age, to tell the resident about and to hand over against a signature (second tab).
class ParcelsPage : public QWidget
{
    Q_OBJECT

public:
    ParcelsPage(ParcelService& parcels, RegistryService& registry, const Clock& clock, MinuteTick& minuteTick,
                QWidget* parent = nullptr);

    void setSession(const Session& session);
    [[nodiscard]] ParcelReceiveWidget* receiver() const { return m_receive; }
    [[nodiscard]] ParcelListModel* model() const { return m_model; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] QList<qint64> selectedParcelIds() const;

public slots:
    void refresh();
    // Parcels received, told of or handed over at another desk: the list read again, the parcels
    // chosen for a pickup still chosen (those another desk handed over meanwhile drop out).
    void followChanges();
    // Opens the waiting list at this parcel (a search hit or a reminder of it).
    void showRecord(qint64 parcelId);
    void notifySelected();
    void notifyUnit();
    void pickUpSelected();

signals:
    // Parcels were received, told about or picked up here.
    void parcelsChanged();

private:
    QWidget* buildWaiting();
    QWidget* buildPickup();
    void updateSelection();
    [[nodiscard]] qint64 selectedUnitId() const;

    ParcelService& m_parcels;
    const Clock& m_clock;
    std::optional<Session> m_session;
    FormErrors m_errors;
    QTabWidget* m_tabs;
    ParcelReceiveWidget* m_receive;
    ParcelListModel* m_model;
    QTableView* m_table = nullptr;
    QComboBox* m_filter = nullptr;
    QLabel* m_count = nullptr;
    QComboBox* m_how = nullptr;
    QLineEdit* m_noteEdit = nullptr;
    QPushButton* m_notify = nullptr;
    QPushButton* m_notifyUnit = nullptr;
    QLabel* m_chosen = nullptr;
    QLineEdit* m_collector = nullptr;
    SignatureField* m_signature = nullptr;
    QPushButton* m_pickup = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace fd
