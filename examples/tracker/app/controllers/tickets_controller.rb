require "csv"

class TicketsController < ApplicationController
  def index
    @tickets = Ticket.open.order(created_at: :desc).limit(100)
  end

  def show
    @ticket = Ticket.find(params[:id])
  end

  # CSV of every open ticket with its project.
  def export
    rows = Ticket.open.map { |ticket| [ticket.id, ticket.title, ticket.project.name] }
    send_data CSV.generate { |csv| rows.each { |row| csv << row } }, filename: "tickets.csv"
  end

  # The board groups tickets by project and assignee; both are loaded with the tickets.
  def board
    tickets = Ticket.open.includes(:project, :assignee)
    @columns = tickets.group_by { |ticket| ticket.project.name }
    @owners = tickets.map { |ticket| ticket.assignee&.name }.compact.uniq
  end

  def search
    @tickets = Ticket.where("title ILIKE '%#{params[:q]}%'").limit(50)
    @exact = Ticket.where("title = ?", params[:q]).first
  end

  private

  def ticket_params
    params.require(:ticket).permit(:title, :project_id)
  end
end
